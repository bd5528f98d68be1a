package dev.raftlog.tck.zoo;

/**
 * Breaks LS-GENERAL-04: treats every delete that does not start at the first index as a suffix
 * truncation when it updates its bounds (last = min - 1), so 1..10 + deleteRange(4, 6) reports
 * last 3 although 7..10 are still stored and readable, until the next batch.
 */
public class MiddleDeleteMovesLast extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        boolean middle = min > first && max < last;
        recomputeBounds();
        if (middle) {
            last = min - 1;
        }
    }
}
