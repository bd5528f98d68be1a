package dev.raftlog.tck.zoo;

/**
 * Breaks LS-RESTART-02: a suffix delete updates memory but is never made durable, so after a
 * reopen the deleted tail (entries from a lost term) is back: raft-wal #31 / #33, suffix delete
 * then restart. Entries rewritten at those indexes are durable; prefix and full deletes are too.
 */
public class SuffixDeleteResurrected extends DurableSortedMapStore {

    public SuffixDeleteResurrected(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void persistDelete(long min, long max) {
        boolean suffix = !entries.isEmpty() && min > entries.firstKey() && max >= entries.lastKey();
        if (!suffix) {
            disk.erase(min, max);
        }
    }
}
