package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-03: a "drop every segment" fast path for deleteRange(firstIndex(),
 * lastIndex()) removes the entries but forgets to reset the bounds, so after deleting
 * everything the store still reports the old first and last (RecoverCluster's path); the next
 * batch sets true bounds again. Clamped ranges that empty the store take the generic path and
 * are right.
 */
public class DeleteAllKeepsBounds extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        boolean exactlyEverything = min == first && max == last;
        if (!(exactlyEverything && entries.isEmpty())) {
            recomputeBounds();
        }
    }
}
