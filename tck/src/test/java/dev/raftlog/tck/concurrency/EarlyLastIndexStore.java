package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Zoo: keeps the last index in a field so that lastIndex() is cheap, and publishes the new value
 * before the batch is written (the order raft #429's LogCache got wrong). Every map is
 * thread-safe and each call alone is correct; a reader that asks for lastIndex() and then for
 * that entry, in between, finds nothing. Expected: LS-CONC-01.
 */
public final class EarlyLastIndexStore implements LogStore {

    private final ConcurrentSkipListMap<Long, Log> entries = new ConcurrentSkipListMap<>();
    private volatile long last;

    @Override
    public long firstIndex() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    @Override
    public long lastIndex() {
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
    public synchronized void storeLogs(List<Log> logs) {
        long newLast = last;
        for (Log log : logs) {
            newLast = Math.max(newLast, log.index());
        }
        last = newLast; // the bug: published before the entries exist
        Thread.yield();
        for (Log log : logs) {
            entries.put(log.index(), log.deepCopy());
        }
    }

    @Override
    public synchronized void deleteRange(long min, long max) {
        if (min > max) {
            return;
        }
        entries.subMap(min, true, max, true).clear();
        last = entries.isEmpty() ? 0 : entries.lastKey();
    }
}
