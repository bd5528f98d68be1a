package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-APPEND-02: a monotonic store that starts a new segment per batch and reports the
 * newest segment's base as firstIndex(), so after 1..5 then 6..8 it reports first 6 although
 * 1..5 are still stored and readable; a single batch, deletes and lastIndex() are right.
 */
public class FirstFromNewestSegment extends MonotonicSortedMapStore {

    private long newestBase;

    @Override
    public synchronized long firstIndex() throws IOException {
        return entries.isEmpty() ? 0 : Math.max(newestBase, entries.firstKey());
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        if (!batch.isEmpty()) {
            newestBase = batch.get(0).index();
        }
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        newestBase = 0;
    }
}
