package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;

/**
 * Breaks LS-RESTART-03: reopening a non-empty store loads every entry but does not reopen the
 * tail segment for writing, so the first append after a restart fails with an IOException
 * ("no open tail segment"); reads, bounds and deletes are right (raft-wal 599b485: the tail file
 * missing after a restart).
 */
public class ReopenForgetsAppendPosition extends DurableSortedMapStore {

    private boolean tailOpen;

    public ReopenForgetsAppendPosition(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void load(NavigableMap<Long, Log> durable, boolean reopened) {
        super.load(durable, reopened);
        tailOpen = durable.isEmpty();
    }

    @Override
    protected void persistBatch(List<Log> batch) throws IOException {
        if (!tailOpen && !batch.isEmpty()) {
            throw new IOException("no open tail segment to append index " + batch.get(0).index() + " to");
        }
        super.persistBatch(batch);
    }
}
