package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** An immutable log content: what the oracle says a store holds. Bounds are the lowest and highest index held. */
final class LogState {
    static final LogState EMPTY = new LogState(new TreeMap<>());

    private final NavigableMap<Long, Log> entries;

    private LogState(NavigableMap<Long, Log> entries) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
    }

    /** The state after {@code op} succeeded. */
    LogState apply(CrashOp op) {
        if (op instanceof CrashOp.Append a) {
            TreeMap<Long, Log> copy = new TreeMap<>(entries);
            a.batch().forEach(l -> copy.put(l.index(), l));
            return new LogState(copy);
        }
        if (op instanceof CrashOp.Delete d && d.min() <= d.max()) {
            TreeMap<Long, Log> copy = new TreeMap<>(entries);
            copy.subMap(d.min(), true, d.max(), true).clear();
            return new LogState(copy);
        }
        return this;
    }

    Log get(long index) {
        return entries.get(index);
    }

    NavigableMap<Long, Log> entries() {
        return entries;
    }

    long first() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    long last() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogState s && s.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.isEmpty() ? "empty" : "indexes " + entries.keySet();
    }
}
