package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;

/**
 * Breaks LS-ARGS-01: treats negative indexes as out of range instead of as caller bugs:
 * getLog(-1) throws LogNotFoundException and deleteRange(-5, 2) deletes 0..2 (a negative max is
 * a no-op), where Java's signed longs should have been rejected with IllegalArgumentException.
 */
public class NegativeIndexClamped extends SortedMapStore {

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (index < 0) {
            throw new LogNotFoundException(index);
        }
        return super.getLog(index);
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        if (max < 0) {
            return;
        }
        super.deleteRange(Math.max(0, min), max);
    }
}
