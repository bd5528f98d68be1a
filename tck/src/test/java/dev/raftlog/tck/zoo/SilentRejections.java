package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-ARGS-03: rejects exactly what it should, with the right exception types and no
 * change, but with no message ({@code new IllegalArgumentException()}), so an operator cannot
 * tell which argument was refused.
 */
public class SilentRejections extends SortedMapStore {

    @Override
    public synchronized Log getLog(long index) throws IOException {
        try {
            return super.getLog(index);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        try {
            super.storeLogs(logs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        } catch (NullPointerException e) {
            throw new NullPointerException();
        }
    }

    @Override
    public synchronized void storeLog(Log log) throws IOException {
        if (log == null) {
            throw new NullPointerException();
        }
        storeLogs(List.of(log));
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        try {
            super.deleteRange(min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException();
        }
    }
}
