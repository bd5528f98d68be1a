package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-MODEL-01 only: keeps a "log is contiguous" flag for a fast suffix-delete path
 * (last = min - 1), maintained by appends but forgotten by middle deletes. Every single rule's
 * example passes; only a sequence like 1..10, deleteRange(4, 6), deleteRange(7, 10) shows it:
 * lastIndex() then reports 6, an index in the hole, where the truth is 3.
 */
public class HoleBlindSuffixDelete extends TrackedBoundsStore {

    private boolean contiguous = true;

    @Override
    protected void afterBatch(List<Log> batch) {
        recomputeBounds();
        contiguous = entries.isEmpty() || entries.size() == last - first + 1;
    }

    @Override
    protected void afterDelete(long min, long max) {
        boolean suffix = min > first && min <= last && max >= last;
        if (contiguous && suffix) {
            last = min - 1;
        } else {
            recomputeBounds();
        }
    }
}
