package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks LS-CONC-06: each thread keeps its own cache of entries it has read, and only the
 * writing thread's cache is cleared by a write or delete, so a replication thread keeps serving
 * an entry after a suffix delete replaced it or a prefix delete removed it. Correct as long as
 * one thread makes every call.
 */
public final class StaleReadCacheStore implements LogStore {
    private final InMemoryLogStore entries = new InMemoryLogStore();
    private final ThreadLocal<Map<Long, Log>> cache = ThreadLocal.withInitial(HashMap::new);

    @Override
    public long firstIndex() {
        return entries.firstIndex();
    }

    @Override
    public long lastIndex() {
        return entries.lastIndex();
    }

    @Override
    public Log getLog(long index) throws IOException {
        Log cached = cache.get().get(index);
        if (cached != null) {
            return cached.deepCopy();
        }
        Log read = entries.getLog(index);
        cache.get().put(index, read.deepCopy());
        return read;
    }

    @Override
    public void storeLogs(List<Log> logs) {
        cache.get().clear();
        entries.storeLogs(logs);
    }

    @Override
    public void deleteRange(long min, long max) {
        cache.get().clear();
        entries.deleteRange(min, max);
    }
}
