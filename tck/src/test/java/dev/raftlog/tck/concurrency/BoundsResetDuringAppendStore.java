package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.util.List;

/**
 * Breaks LS-CONC-04: keeps its bounds in volatile fields read without a lock and recomputes
 * them after every batch by clearing them first, so a poller can see lastIndex() drop to 0 (and
 * come back) while nothing was deleted. Correct one call at a time.
 */
public final class BoundsResetDuringAppendStore implements LogStore {
    private final InMemoryLogStore entries = new InMemoryLogStore();
    private volatile long first;
    private volatile long last;

    @Override
    public long firstIndex() {
        return first;
    }

    @Override
    public long lastIndex() {
        return last;
    }

    @Override
    public Log getLog(long index) throws java.io.IOException {
        return entries.getLog(index);
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) {
        entries.storeLogs(logs);
        recompute();
    }

    @Override
    public synchronized void deleteRange(long min, long max) {
        entries.deleteRange(min, max);
        recompute();
    }

    private void recompute() {
        first = 0;
        last = 0;
        Thread.yield();
        first = entries.firstIndex();
        last = entries.lastIndex();
    }
}
