package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-BATCH-01: declares a maximum entry size of 8 MiB but checks it only while writing
 * each entry, so a batch [valid, valid, 8 MiB + 1 byte] throws after the first two entries are
 * already stored and visible: raft #163 / raft-wal #32's "state advanced by a failed append".
 * Null elements are still rejected up front, with nothing stored.
 */
public class HalfAppliedBatch extends SortedMapStore {

    public HalfAppliedBatch() {
        super(EIGHT_MIB);
    }

    @Override
    protected void checkBatch(List<Log> logs) {
        requireNoNullElements(logs);
    }

    @Override
    protected void applyBatch(List<Log> batch) {
        for (int i = 0; i < batch.size(); i++) {
            requireWithinSize(i, batch.get(i));
            entries.put(batch.get(i).index(), batch.get(i));
        }
    }
}
