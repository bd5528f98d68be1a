package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-MONO-02: declares the monotonic profile but only checks that a batch does not
 * overwrite, so a batch starting after lastIndex() + 1 or skipping an index is stored with a
 * gap that raft, trusting IsMonotonic, never expects (raft PR #545).
 */
public class MonotonicAcceptsGap extends MonotonicSortedMapStore {

    @Override
    protected void checkProfile(List<Log> logs) {
        if (!logs.isEmpty() && !entries.isEmpty() && logs.get(0).index() <= entries.lastKey()) {
            super.checkProfile(logs);
        }
    }
}
