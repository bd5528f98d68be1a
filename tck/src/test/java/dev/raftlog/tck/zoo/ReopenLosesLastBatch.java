package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-RESTART-01: acknowledges a batch before it is durable: each batch waits in a
 * write-behind buffer until the next batch or delete flushes it, and close() does not flush, so
 * the last batch before a close is gone after reopen (raft #429 / PR #460: a batch visible
 * before the store had it, "log not found" on restart). Deletes are durable at once.
 */
public class ReopenLosesLastBatch extends DurableSortedMapStore {

    private List<Log> pending = List.of();

    public ReopenLosesLastBatch(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void persistBatch(List<Log> batch) {
        disk.write(pending);
        pending = List.copyOf(batch);
    }

    @Override
    protected void persistDelete(long min, long max) {
        disk.write(pending);
        pending = List.of();
        disk.erase(min, max);
    }
}
