package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-MONO-03: declares the monotonic profile but lets a contiguous batch start at an
 * index it already holds (between firstIndex() and lastIndex()) and silently overwrites those
 * entries; gaps are still rejected.
 */
public class MonotonicAcceptsOverwrite extends MonotonicSortedMapStore {

    @Override
    protected void checkProfile(List<Log> logs) {
        if (!logs.isEmpty() && !entries.isEmpty()) {
            long start = logs.get(0).index();
            if (start >= entries.firstKey() && start <= entries.lastKey()) {
                requireContiguous(logs);
                return;
            }
        }
        super.checkProfile(logs);
    }
}
