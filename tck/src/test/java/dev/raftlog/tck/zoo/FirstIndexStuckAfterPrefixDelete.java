package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-01: keeps a cached first index that deleteRange only resets when the store
 * becomes empty, so 1..10 + deleteRange(1, 3) still reports first 1 while entries 1..3 are
 * gone, until the next batch refreshes the cache: compaction that forgets the head pointer.
 */
public class FirstIndexStuckAfterPrefixDelete extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        long cachedFirst = first;
        recomputeBounds();
        if (!entries.isEmpty()) {
            first = cachedFirst;
        }
    }
}
