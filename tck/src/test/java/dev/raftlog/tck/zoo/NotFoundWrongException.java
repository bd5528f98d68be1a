package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-READ-01: on a non-empty store, a read past the highest index ever written throws
 * its own {@code IOException("not found")} rather than LogNotFoundException, so raft cannot tell
 * it means "send a snapshot": raft-wal before PR #2 (commit 2113608), Consul 1.15.0/1.15.1
 * followers that could not catch up. Other missing indexes are reported correctly.
 */
public class NotFoundWrongException extends SortedMapStore {

    private long highWater;

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (!entries.isEmpty() && index > highWater) {
            throw new IOException("not found");
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
