package dev.raftlog.reports.stores;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;

/** Breaks only a SHOULD rule (LS-ARGS-03): it rejects what it must, but without saying why. */
public final class SilentRejectionStore implements LogStore {
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
        try {
            return inner.getLog(index);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    public void storeLogs(List<Log> logs) {
        try {
            inner.storeLogs(logs);
        } catch (NullPointerException e) {
            throw new NullPointerException();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    public void deleteRange(long min, long max) {
        try {
            inner.deleteRange(min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        }
    }
}
