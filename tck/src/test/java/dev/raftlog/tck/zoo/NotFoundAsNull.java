package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-READ-01: on a non-empty store, a read past the highest index ever written runs off
 * the end of the tail segment and returns null instead of throwing LogNotFoundException; deleted
 * indexes, index 0 and an empty store are reported correctly.
 */
public class NotFoundAsNull extends SortedMapStore {

    private long highWater;

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (!entries.isEmpty() && index > highWater) {
            return null;
        }
        return super.getLog(index);
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        if (!entries.isEmpty()) {
            highWater = Math.max(highWater, entries.lastKey());
        }
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        if (entries.isEmpty()) {
            highWater = 0;
        }
    }
}
