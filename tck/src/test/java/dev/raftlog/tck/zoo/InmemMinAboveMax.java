package dev.raftlog.tck.zoo;

import java.io.IOException;

/**
 * Breaks LS-DELETE-05: a non-empty store given min > max applies InmemStore's bound arithmetic
 * instead of doing nothing (raft #358), so 5..10 + deleteRange(3, 1) reports first 2 and
 * 5..10 + deleteRange(12, 11) reports last 11; no entry is removed.
 */
public class InmemMinAboveMax extends TrackedBoundsStore {

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        if (min > max && max >= 0 && !entries.isEmpty()) {
            if (min <= first) {
                first = max + 1;
            }
            if (max >= last) {
                last = min - 1;
            }
            return;
        }
        super.deleteRange(min, max);
    }
}
