package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Zoo: a prefix delete that races with readers. Reads take no lock: they find the stored entry,
 * then copy its data out. Deletes (under a lock against writers only) wipe the buffers of the
 * entries they remove so they can be reused, as a pooled store would (raft-wal 1cab18f fixed a
 * race of this kind). A read of an index being truncated can copy a wiped buffer: data nobody
 * wrote. The read yields between finding and copying, as decoding a large entry would take
 * time. Expected: LS-CONC-02.
 */
final class RecycledBufferStore implements LogStore {

    private final ConcurrentSkipListMap<Long, Log> entries = new ConcurrentSkipListMap<>();

    @Override
    public long firstIndex() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    @Override
    public long lastIndex() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    @Override
    public Log getLog(long index) throws LogNotFoundException {
        Log held = entries.get(index);
        if (held == null) {
            throw new LogNotFoundException(index);
        }
        Thread.yield();
        return new Log(held.index(), held.term(), held.type(), held.data().clone(), held.extensions().clone(),
                held.appendedAt());
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) {
        for (Log log : logs) {
            entries.put(log.index(), log.deepCopy());
        }
    }

    @Override
    public synchronized void deleteRange(long min, long max) {
        if (min > max) {
            return;
        }
        var range = entries.subMap(min, true, max, true);
        for (Log removed : range.values()) {
            Arrays.fill(removed.data(), (byte) 0); // back to the pool, scrubbed
        }
        range.clear();
    }
}
