package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-APPEND-03: overrides the single-entry storeLog with a "fast path" that builds its
 * record without the extensions, so storeLog(log) stores less than storeLogs(List.of(log));
 * raft's BootstrapCluster uses StoreLog.
 */
public class StoreLogDropsExtensions extends SortedMapStore {

    @Override
    public synchronized void storeLog(Log log) throws IOException {
        if (log == null) {
            throw new NullPointerException("log must not be null");
        }
        storeLogs(List.of(log.withExtensions(null)));
    }
}
