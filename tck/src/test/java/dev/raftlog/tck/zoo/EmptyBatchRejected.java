package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-APPEND-04: rejects storeLogs of an empty list with IllegalArgumentException
 * ("nothing to store") where raft expects a no-op, e.g. for a heartbeat carrying no entries.
 */
public class EmptyBatchRejected extends SortedMapStore {

    @Override
    protected void checkProfile(List<Log> logs) throws IOException {
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("nothing to store: the batch is empty");
        }
    }
}
