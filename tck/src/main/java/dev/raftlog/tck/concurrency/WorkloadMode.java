package dev.raftlog.tck.concurrency;

/** Which concurrent workload {@link ConcurrencyCheck} drives a store with. */
public enum WorkloadMode {
    /**
     * Raft's own pattern (contract rule 18): thread 1 is the main loop (appends batches of 1..64
     * entries, reads its recent entries, now and then deletes a suffix and appends again in a
     * new term); thread 2 is the snapshot thread (reads both bounds, deletes a prefix keeping a
     * trailing window); with 4 or more threads, thread 3 is the metrics thread (firstIndex, then
     * getLog of it); the rest are replication readers (lastIndex, then getLog near the tail,
     * falling back to firstIndex when their next entry was compacted away).
     */
    RAFT,
    /**
     * Every thread does any operation on a small range of indexes: batches, overwrites, prefix,
     * suffix and middle deletes, reads and bound polls. Harder on the store than raft is, and
     * harder on the checker (writes from several threads conflict).
     */
    RANDOM
}
