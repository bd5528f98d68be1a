package dev.raftlog.tck;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store shows at one moment: its bounds and the entries found in an index window. Used
 * to check that a rejected call changed nothing; public so printed counterexamples can use it.
 *
 * @param first   firstIndex()
 * @param last    lastIndex()
 * @param entries the entries found between the window's bounds, in index order
 */
public record StoreContent(long first, long last, List<Log> entries) {

    /** Largest window read, so a store with bounds near Long.MAX_VALUE does not take forever. */
    static final int MAX_WINDOW = 4096;

    /** Reads the bounds and every entry with index in [from, to] (at most 4096 indexes). */
    public static StoreContent of(LogStore store, long from, long to) throws IOException {
        long first = store.firstIndex();
        long last = store.lastIndex();
        List<Log> found = new ArrayList<>();
        long lo = Math.max(1, from);
        long hi = Math.min(to, lo + MAX_WINDOW - 1);
        for (long i = lo; i <= hi && i > 0; i++) {
            try {
                found.add(store.getLog(i));
            } catch (LogNotFoundException e) {
                // a hole is part of the content
            }
        }
        return new StoreContent(first, last, List.copyOf(found));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("first=" + first + ", last=" + last + ", entries at [");
        for (int i = 0; i < entries.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(entries.get(i).index());
        }
        return s.append("]").toString();
    }
}
