package dev.raftlog.tck.zoo;

/**
 * Breaks LS-RESTART-02: compaction (a prefix delete) updates memory but not the durable head,
 * so after a reopen the store reports and serves the compacted entries again. Suffix and full
 * deletes are durable.
 */
public class PrefixDeleteForgotten extends DurableSortedMapStore {

    public PrefixDeleteForgotten(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void persistDelete(long min, long max) {
        boolean prefix = !entries.isEmpty() && min <= entries.firstKey() && max < entries.lastKey();
        if (!prefix) {
            disk.erase(min, max);
        }
    }
}
