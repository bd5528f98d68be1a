package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-02: keeps a cached last index that deleteRange only resets when the store
 * becomes empty, so 1..10 + deleteRange(6, 10) still reports last 10 (entries 6..10 are gone)
 * until the next batch refreshes the cache. The shape of raft-wal #31: the tail bookkeeping
 * was not updated by a suffix truncation.
 */
public class LastIndexStuckAfterSuffixDelete extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        long cachedLast = last;
        recomputeBounds();
        if (!entries.isEmpty()) {
            last = cachedLast;
        }
    }
}
