package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Zoo: readers take a read lock and writers a write lock, but storeLogs holds the lock around
 * only the first half of the batch and writes the rest after releasing it (a lock scope that
 * was "optimised"). The map itself is thread-safe, so nothing breaks but atomicity: a reader
 * can see the first half of a batch without the second. Expected: LS-CONC-01.
 */
public final class HalfLockedStore implements LogStore {

    private final ConcurrentSkipListMap<Long, Log> entries = new ConcurrentSkipListMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Override
    public long firstIndex() {
        lock.readLock().lock();
        try {
            return entries.isEmpty() ? 0 : entries.firstKey();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long lastIndex() {
        lock.readLock().lock();
        try {
            return entries.isEmpty() ? 0 : entries.lastKey();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Log getLog(long index) throws LogNotFoundException {
        Log log;
        lock.readLock().lock();
        try {
            log = entries.get(index);
        } finally {
            lock.readLock().unlock();
        }
        if (log == null) {
            throw new LogNotFoundException(index);
        }
        return log.deepCopy();
    }

    @Override
    public void storeLogs(List<Log> logs) {
        int half = (logs.size() + 1) / 2;
        lock.writeLock().lock();
        try {
            for (Log log : logs.subList(0, half)) {
                entries.put(log.index(), log.deepCopy());
            }
        } finally {
            lock.writeLock().unlock();
        }
        Thread.yield();
        for (Log log : logs.subList(half, logs.size())) { // the bug: outside the lock
            entries.put(log.index(), log.deepCopy());
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        if (min > max) {
            return;
        }
        lock.writeLock().lock();
        try {
            entries.subMap(min, true, max, true).clear();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
