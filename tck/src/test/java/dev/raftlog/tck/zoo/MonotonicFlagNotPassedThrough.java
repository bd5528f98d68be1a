package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-MONO-01: a wrapper around a correct monotonic store that delegates every method
 * except isMonotonic(), which falls back to the interface default false; hashicorp's LogCache
 * and raft-wal's verifier pass IsMonotonic through, and raft depends on it (raft PR #545).
 */
public class MonotonicFlagNotPassedThrough implements LogStore {

    private final LogStore delegate = new MonotonicSortedMapStore();

    @Override
    public long firstIndex() throws IOException {
        return delegate.firstIndex();
    }

    @Override
    public long lastIndex() throws IOException {
        return delegate.lastIndex();
    }

    @Override
    public Log getLog(long index) throws IOException {
        return delegate.getLog(index);
    }

    @Override
    public void storeLogs(List<Log> logs) throws IOException {
        delegate.storeLogs(logs);
    }

    @Override
    public void deleteRange(long min, long max) throws IOException {
        delegate.deleteRange(min, max);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
