package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks LS-BATCH-01: a read cache in front of a correct store with an 8 MiB entry limit,
 * filled before the store accepts the batch (raft #429 / PR #460, hashicorp's LogCache), so
 * the valid entries of a rejected batch are served by getLog although the store never kept
 * them; bounds come from the store and stay right. Deletes clear the cache, as LogCache does.
 */
public class CacheBeforeStore extends SortedMapStore {

    private final Map<Long, Log> cache = new HashMap<>();

    public CacheBeforeStore() {
        super(EIGHT_MIB);
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        requireNoNullElements(logs);
        for (Log log : logs) {
            cache.put(log.index(), log.deepCopy());
        }
        super.storeLogs(logs);
    }

    @Override
    public synchronized Log getLog(long index) throws IOException {
        Log cached = cache.get(index);
        return cached != null ? cached.deepCopy() : super.getLog(index);
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        cache.clear();
    }
}
