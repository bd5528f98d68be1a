package dev.raftlog.reports.stores;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;

/**
 * A broken store whose failures carry markup: a read of a missing entry throws an exception
 * whose message is a script. The conformance report must show it as text, never run it.
 */
public final class ScriptInMessageStore implements LogStore {
    /** What the store puts in its exception messages. */
    public static final String MARKUP = "<script>window.__injected = true;</script><img src=x onerror=\"window.__injected = true\">";

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
        if (index < inner.firstIndex() || index > inner.lastIndex() || inner.size() == 0) {
            throw new IllegalStateException(MARKUP);
        }
        return inner.getLog(index);
    }

    @Override
    public void storeLogs(List<Log> logs) {
        inner.storeLogs(logs);
    }

    @Override
    public void deleteRange(long min, long max) {
        inner.deleteRange(min, max);
    }
}
