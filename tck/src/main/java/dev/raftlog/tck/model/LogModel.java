package dev.raftlog.tck.model;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The contract made executable: what a store of the given profile must hold after each call.
 * Deliberately simple (a sorted map), so it is obviously right.
 */
public final class LogModel {
    private final NavigableMap<Long, Log> entries = new TreeMap<>();
    private final Profile profile;

    public LogModel(Profile profile) {
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    public long first() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    public long last() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry at {@code index}, or null. */
    public Log get(long index) {
        return entries.get(index);
    }

    /**
     * Indexes where the log changes: the bounds and the first index after each hole, and the
     * last index before it. Deletes aimed at these find the bugs that live at the edges of runs.
     */
    public List<Long> edges() {
        List<Long> edges = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (long index : entries.keySet()) {
            if (previous == Long.MIN_VALUE || index != previous + 1) {
                if (previous != Long.MIN_VALUE) {
                    edges.add(previous);
                }
                edges.add(index);
            }
            previous = index;
        }
        if (previous != Long.MIN_VALUE) {
            edges.add(previous);
        }
        return edges;
    }

    /** Whether the profile accepts this batch (the general profile accepts any). */
    public boolean accepts(List<Log> batch) {
        if (profile == Profile.GENERAL || batch.isEmpty()) {
            return true;
        }
        long expected = entries.isEmpty() ? batch.get(0).index() : last() + 1;
        for (Log log : batch) {
            if (log.index() != expected) {
                return false;
            }
            expected++;
        }
        return true;
    }

    /** Stores the batch; call only when {@link #accepts} said yes. */
    public void store(List<Log> batch) {
        for (Log log : batch) {
            entries.put(log.index(), log.deepCopy());
        }
    }

    /** Whether the profile accepts this delete (monotonic stores refuse a delete strictly inside the range). */
    public boolean acceptsDelete(long min, long max) {
        if (profile == Profile.GENERAL || min > max || entries.isEmpty()) {
            return true;
        }
        boolean touches = min <= last() && max >= first();
        boolean prefix = min <= first();
        boolean suffix = max >= last();
        return !touches || prefix || suffix;
    }

    public void delete(long min, long max) {
        if (min <= max) {
            entries.subMap(min, true, max, true).clear();
        }
    }
}
