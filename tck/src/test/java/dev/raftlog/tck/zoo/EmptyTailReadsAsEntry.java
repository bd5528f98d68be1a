package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;

/**
 * Breaks LS-RESTART-04: reopening a store whose disk holds no entries (never written, or
 * everything deleted) reads the empty tail segment's header as an entry at its base index 1, so
 * the reopened store reports bounds 1..1 (getLog(1) still not-found) until the next write or
 * delete: raft-wal f7e2f7d, an empty tail file after a restart. A brand-new store is right.
 */
public class EmptyTailReadsAsEntry extends DurableSortedMapStore {

    private boolean ghostEntry;

    public EmptyTailReadsAsEntry(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void load(NavigableMap<Long, Log> durable, boolean reopened) {
        super.load(durable, reopened);
        ghostEntry = reopened && durable.isEmpty();
    }

    @Override
    public synchronized long firstIndex() throws IOException {
        return ghostEntry ? 1 : super.firstIndex();
    }

    @Override
    public synchronized long lastIndex() throws IOException {
        return ghostEntry ? 1 : super.lastIndex();
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        ghostEntry = false;
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        ghostEntry = false;
    }
}
