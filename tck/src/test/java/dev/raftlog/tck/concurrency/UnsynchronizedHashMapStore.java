package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zoo: correct one call at a time, but a plain {@link HashMap} with no synchronization at all.
 * The bounds are found by scanning the keys; a scan that meets a concurrent put or remove fails
 * with ConcurrentModificationException (or worse). The scan yields now and then, as a slow scan
 * over a big map would be descheduled, so the race shows on two cores. Expected: LS-CONC-05.
 */
public final class UnsynchronizedHashMapStore implements LogStore {

    private final Map<Long, Log> entries = new HashMap<>();

    @Override
    public long firstIndex() {
        long first = 0;
        int seen = 0;
        for (Long k : entries.keySet()) {
            first = first == 0 ? k : Math.min(first, k);
            if (++seen % 32 == 0) {
                Thread.yield();
            }
        }
        return first;
    }

    @Override
    public long lastIndex() {
        long last = 0;
        int seen = 0;
        for (Long k : entries.keySet()) {
            last = Math.max(last, k);
            if (++seen % 32 == 0) {
                Thread.yield();
            }
        }
        return last;
    }

    @Override
    public Log getLog(long index) throws LogNotFoundException {
        Log log = entries.get(index);
        if (log == null) {
            throw new LogNotFoundException(index);
        }
        return log.deepCopy();
    }

    @Override
    public void storeLogs(List<Log> logs) {
        for (Log log : List.copyOf(logs)) {
            entries.put(log.index(), log.deepCopy());
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        entries.keySet().removeIf(k -> k >= min && k <= max);
    }
}
