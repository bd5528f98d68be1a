package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-GENERAL-02: tracks bounds on append the way hashicorp's InmemStore does (the low
 * index is set only when it is 0, from the first entry written; the high index is the largest
 * seen), so 5..10 then 3 leaves first 5, and a batch [3, 1, 2] into an empty store reports
 * first = last = 3. Deletes recompute true bounds.
 */
public class InmemOutOfOrderBounds extends TrackedBoundsStore {

    @Override
    protected void afterBatch(List<Log> batch) {
        for (Log log : batch) {
            if (first == 0) {
                first = log.index();
            }
            if (log.index() > last) {
                last = log.index();
            }
        }
    }
}
