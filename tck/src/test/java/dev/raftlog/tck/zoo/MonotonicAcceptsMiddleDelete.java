package dev.raftlog.tck.zoo;

/**
 * Breaks LS-MONO-04: declares the monotonic profile but accepts a delete strictly inside its
 * range and punches a hole, where raft-wal answers "only suffix or prefix ranges may be deleted".
 */
public class MonotonicAcceptsMiddleDelete extends MonotonicSortedMapStore {

    @Override
    protected void checkDelete(long min, long max) {
    }
}
