package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Breaks LS-GENERAL-01: keeps entries in a dense array, so a batch that starts after a gap
 * fills the hole with invented empty COMMAND entries of term 0: 1..3 then 10..11 makes
 * getLog(5) return an entry that was never written (raft #85's "missing entries after restore"
 * turned into invented ones). Fills at most 1024 slots per gap, like one array page.
 */
public class DenseArrayFillsGaps extends SortedMapStore {

    private static final int PAGE = 1024;

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        long high = entries.isEmpty() ? 0 : entries.lastKey();
        for (Log log : batch.stream().sorted(Comparator.comparingLong(Log::index)).toList()) {
            if (high != 0) {
                for (long hole = high + 1; hole < log.index() && hole <= high + PAGE; hole++) {
                    entries.putIfAbsent(hole, Log.of(hole, 0));
                }
            }
            high = Math.max(high, log.index());
        }
        super.applyBatch(batch);
    }
}
