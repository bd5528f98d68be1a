package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-07: on an empty store, deleteRange(min, max) moves the bounds the way
 * hashicorp's InmemStore does (first = max + 1, last = min - 1, i.e. 2^64-1 for min 0), so
 * empty + deleteRange(0, 5) reports first 6 and last -1; right on every non-empty store, and
 * the next batch sets true bounds again.
 */
public class InmemEmptyDelete extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        if (first == 0 && last == 0) {
            first = max + 1;
            last = min - 1;
        } else {
            recomputeBounds();
        }
    }
}
