package dev.raftlog.tck.zoo;

/**
 * Breaks LS-TRIP-05: clamps a delete to the stored range and then deletes the half-open range
 * [min, hi + 1), which overflows when the store holds Long.MAX_VALUE: with entries at
 * MAX-2..MAX, deleteRange(MAX, MAX) throws instead of making lastIndex() MAX-1 (InmemStore's
 * max + 1). Ranges clamped below a smaller last index are right.
 */
public class IndexOverflowNearMax extends SortedMapStore {

    @Override
    protected void applyDelete(long min, long max) {
        long hi = Math.min(max, entries.isEmpty() ? 0 : entries.lastKey());
        if (min > hi) {
            return;
        }
        entries.subMap(min, true, hi + 1, false).clear();
    }
}
