package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.HashMap;
import java.util.Map;

/**
 * Breaks LS-ALIAS-02: decodes data into a pooled buffer (one per length) and hands that buffer
 * out, so reading another entry of the same data length overwrites the bytes an earlier caller
 * still holds: the race raft-wal commit 1cab18f fixed. The stored entries are never changed; only
 * arrays returned earlier are.
 */
public class PooledReadBuffer extends SortedMapStore {

    private final Map<Integer, byte[]> pool = new HashMap<>();

    @Override
    protected Log decode(Log stored) {
        byte[] data = stored.data();
        if (data.length == 0) {
            return stored.deepCopy();
        }
        byte[] buffer = pool.computeIfAbsent(data.length, byte[]::new);
        System.arraycopy(data, 0, buffer, 0, data.length);
        return new Log(stored.index(), stored.term(), stored.type(), buffer, stored.extensions().clone(),
                stored.appendedAt());
    }
}
