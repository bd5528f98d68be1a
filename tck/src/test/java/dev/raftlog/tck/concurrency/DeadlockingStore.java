package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;

import java.io.IOException;
import java.util.List;

/**
 * Zoo: two locks taken in opposite orders by storeLogs (entries, then index) and deleteRange
 * (index, then entries), the classic lock-order deadlock. The yield between the two
 * acquisitions makes the writer and the snapshot thread meet there quickly. Expected:
 * LS-CONC-05 with a hang verdict.
 */
final class DeadlockingStore implements LogStore {

    private final InMemoryLogStore delegate = new InMemoryLogStore();
    private final Object entriesLock = new Object();
    private final Object indexLock = new Object();

    @Override
    public long firstIndex() {
        return delegate.firstIndex();
    }

    @Override
    public long lastIndex() {
        return delegate.lastIndex();
    }

    @Override
    public Log getLog(long index) throws IOException {
        return delegate.getLog(index);
    }

    @Override
    public void storeLogs(List<Log> logs) {
        synchronized (entriesLock) {
            Thread.yield();
            synchronized (indexLock) {
                delegate.storeLogs(logs);
            }
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        synchronized (indexLock) {
            Thread.yield();
            synchronized (entriesLock) {
                delegate.deleteRange(min, max);
            }
        }
    }
}
