package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Breaks LS-READ-02: a suffix delete only moves the tail pointer, and getLog does not check the
 * index against it, so 1..10 + deleteRange(6, 10) still returns the old entry 8 (bounds are
 * right, and a new write at an index replaces the stale record). Prefix, middle and full deletes
 * really remove entries.
 */
public class TruncatedTailStillReadable extends SortedMapStore {

    private final NavigableMap<Long, Log> truncated = new TreeMap<>();

    @Override
    public synchronized Log getLog(long index) throws IOException {
        Log stale = truncated.get(index);
        if (stale != null && !entries.containsKey(index)) {
            return decode(stale);
        }
        return super.getLog(index);
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        boolean suffix = !entries.isEmpty() && min > entries.firstKey() && max >= entries.lastKey();
        if (suffix) {
            truncated.putAll(entries.subMap(min, true, max, true));
        }
        super.applyDelete(min, max);
        if (!suffix) {
            truncated.subMap(min, true, max, true).clear();
        }
        if (entries.isEmpty()) {
            truncated.clear();
        }
    }
}
