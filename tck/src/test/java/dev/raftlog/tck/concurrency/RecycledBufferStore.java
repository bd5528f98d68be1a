package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Zoo: a prefix delete that races with readers. Everything is under a read-write lock except
 * one thing: getLog finds the entry under the read lock but copies its data out after
 * releasing it (to keep the lock short while a large entry is decoded). Deletes wipe the
 * buffers of the entries they remove so they can be reused, as a pooled store would (raft-wal
 * 1cab18f fixed a race of this kind). A read of an index being truncated can then copy a wiped
 * buffer: data nobody wrote. The read yields between finding and copying, as decoding would
 * take time. Batches stay atomic. Expected: LS-CONC-02.
 */
public final class RecycledBufferStore implements LogStore {

    private final NavigableMap<Long, Log> entries = new TreeMap<>();
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
        Log held;
        lock.readLock().lock();
        try {
            held = entries.get(index);
        } finally {
            lock.readLock().unlock();
        }
        if (held == null) {
            throw new LogNotFoundException(index);
        }
        Thread.yield();
        return new Log(held.index(), held.term(), held.type(), held.data().clone(), held.extensions().clone(),
                held.appendedAt()); // the bug: copied outside the lock from a buffer a delete may recycle
    }

    @Override
    public void storeLogs(List<Log> logs) {
        lock.writeLock().lock();
        try {
            for (Log log : logs) {
                entries.put(log.index(), log.deepCopy());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        if (min > max) {
            return;
        }
        lock.writeLock().lock();
        try {
            NavigableMap<Long, Log> range = entries.subMap(min, true, max, true);
            for (Log removed : range.values()) {
                Arrays.fill(removed.data(), (byte) 0); // back to the pool, scrubbed
            }
            range.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
