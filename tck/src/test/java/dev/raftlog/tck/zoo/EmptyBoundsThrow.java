package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-EMPTY-01: reads its bounds from a segment header that is created by the first
 * storeLogs or deleteRange call (even one it then rejects), so firstIndex() and lastIndex() of
 * a store nobody has written to yet throw IllegalStateException instead of returning 0; after
 * that, an empty store reports 0 / 0 correctly.
 */
public class EmptyBoundsThrow extends SortedMapStore {

    private boolean headerCreated;

    @Override
    public synchronized long firstIndex() throws IOException {
        requireHeader();
        return super.firstIndex();
    }

    @Override
    public synchronized long lastIndex() throws IOException {
        requireHeader();
        return super.lastIndex();
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        headerCreated = true;
        super.storeLogs(logs);
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        headerCreated = true;
        super.deleteRange(min, max);
    }

    private void requireHeader() {
        if (!headerCreated) {
            throw new IllegalStateException("no segment header yet: nothing was written to this store");
        }
    }
}
