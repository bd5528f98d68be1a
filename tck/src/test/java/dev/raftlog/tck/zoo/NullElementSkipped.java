package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Breaks LS-ARGS-02: filters null elements out of a batch and stores the rest, so a caller
 * believes an entry stored that never was; a null batch and storeLog(null) are still rejected.
 */
public class NullElementSkipped extends SortedMapStore {

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        if (logs == null) {
            throw new NullPointerException("logs must not be null");
        }
        super.storeLogs(logs.stream().filter(Objects::nonNull).toList());
    }
}
