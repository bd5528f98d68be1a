package dev.raftlog.tck;

/** Which shapes of log a store accepts; the kit checks the rules of the declared profile. */
public enum Profile {
    /** Gaps, overwrites, out-of-order writes and middle deletes allowed (hashicorp's InmemStore and BoltStore). */
    GENERAL,
    /** Contiguous appends, prefix and suffix deletes only; everything else rejected (raft-wal). */
    MONOTONIC
}
