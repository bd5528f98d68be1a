package dev.raftlog.reports.stores;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;

/** A broken store for the reports' tests: deleteRange keeps its upper bound (exclusive of max), so LS-DELETE-04 and friends fail. */
public final class ExclusiveDeleteStore implements LogStore {
    private final InMemoryLogStore inner = new InMemoryLogStore();

    @Override
    public long firstIndex() {
        return inner.firstIndex();
    }

    @Override
    public long lastIndex() {
        return inner.lastIndex();
    }

    @Override
    public Log getLog(long index) throws IOException {
        return inner.getLog(index);
    }

    @Override
    public void storeLogs(List<Log> logs) {
        inner.storeLogs(logs);
    }

    @Override
    public void deleteRange(long min, long max) {
        if (min < max) {
            inner.deleteRange(min, max - 1);
        } else {
            inner.deleteRange(min, max);
        }
    }
}
