package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-DELETE-03: a monotonic store that, after everything was deleted, still insists the
 * next batch continue at the old lastIndex() + 1 (its empty segment keeps the old base index),
 * so raft's monotonic restore path (raft PR #545) cannot append at the snapshot index + 1:
 * exactly raft-wal PR #24. Bounds are 0 / 0 as they should be.
 */
public class MonotonicRemembersOldTail extends MonotonicSortedMapStore {

    private long segmentBase;

    @Override
    protected void checkProfile(List<Log> logs) {
        if (!logs.isEmpty() && entries.isEmpty() && segmentBase != 0 && logs.get(0).index() != segmentBase) {
            throw new IllegalArgumentException("segment base index is " + segmentBase + ", but logs[0] has index "
                    + logs.get(0).index() + "; nothing of this batch was stored");
        }
        super.checkProfile(logs);
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        segmentBase = 0;
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        long oldLast = entries.isEmpty() ? 0 : entries.lastKey();
        super.applyDelete(min, max);
        if (entries.isEmpty() && oldLast != 0) {
            segmentBase = oldLast + 1;
        }
    }
}
