package dev.raftlog.api;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A correct, thread-safe, in-memory {@link LogStore} of the general profile: gaps, overwrites
 * and middle deletes are allowed. It is hashicorp/raft's {@code InmemStore} without its bugs:
 * bounds come from the stored entries themselves (no separately tracked low/high index to get
 * wrong on out-of-order writes or clamped deletes), and arrays are copied on the way in and out.
 *
 * <p>Not durable: for tests, and as the model other stores are compared with.
 */
public final class InMemoryLogStore implements LogStore {

    private final NavigableMap<Long, Log> entries = new TreeMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

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
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
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
    public void storeLog(Log log) {
        if (log == null) {
            throw new NullPointerException("log must not be null");
        }
        storeLogs(List.of(log));
    }

    @Override
    public void storeLogs(List<Log> logs) {
        List<Log> copies = validatedCopies(logs);
        lock.writeLock().lock();
        try {
            for (Log log : copies) {
                entries.put(log.index(), log);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        if (min < 0 || max < 0) {
            throw new IllegalArgumentException("deleteRange bounds must be >= 0, were min=" + min + ", max=" + max);
        }
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

    /** Number of entries held (not a LogStore method; for tests and diagnostics). */
    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Checks the whole batch before anything is stored, so a bad batch changes nothing. */
    private static List<Log> validatedCopies(List<Log> logs) {
        if (logs == null) {
            throw new NullPointerException("logs must not be null");
        }
        List<Log> copies = new ArrayList<>(logs.size());
        for (int i = 0; i < logs.size(); i++) {
            Log log = logs.get(i);
            if (log == null) {
                throw new NullPointerException("logs[" + i + "] is null; nothing of this batch was stored");
            }
            copies.add(log.deepCopy());
        }
        return copies;
    }

    @Override
    public String toString() {
        return "InMemoryLogStore[first=" + firstIndex() + ", last=" + lastIndex() + ", size=" + size() + "]";
    }
}
