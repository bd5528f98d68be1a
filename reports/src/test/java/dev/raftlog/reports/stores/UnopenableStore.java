package dev.raftlog.reports.stores;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.util.List;

/** A store that cannot even be created (its constructor throws): the kit has no verdict, so results are errors ("broken"), not violations. */
public final class UnopenableStore implements LogStore {
    public UnopenableStore() {
        throw new IllegalStateException("disk not mounted");
    }

    @Override
    public long firstIndex() {
        return 0;
    }

    @Override
    public long lastIndex() {
        return 0;
    }

    @Override
    public Log getLog(long index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void storeLogs(List<Log> logs) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteRange(long min, long max) {
        throw new UnsupportedOperationException();
    }
}
