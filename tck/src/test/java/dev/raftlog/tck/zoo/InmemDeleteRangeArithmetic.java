package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-06: moves its tracked bounds the way hashicorp's InmemStore does
 * ({@code if min <= low: low = max + 1; if max >= high: high = min - 1}, compared as unsigned),
 * so a range reaching outside the stored entries sets bounds to indexes it does not hold:
 * 1..10 + deleteRange(0, 100) reports 101 / 2^64-1 (-1 as a long); 5..10 + deleteRange(1, 2)
 * reports first 3. Empty stores and min > max are handled correctly (other specimens break those).
 */
public class InmemDeleteRangeArithmetic extends TrackedBoundsStore {

    @Override
    protected void afterDelete(long min, long max) {
        if (first == 0 && last == 0) {
            recomputeBounds();
            return;
        }
        if (Long.compareUnsigned(min, first) <= 0) {
            first = max + 1;
        }
        if (Long.compareUnsigned(max, last) >= 0) {
            last = min - 1;
        }
        if (Long.compareUnsigned(first, last) > 0) {
            first = 0;
            last = 0;
        }
    }
}
