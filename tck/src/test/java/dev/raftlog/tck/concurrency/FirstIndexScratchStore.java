package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.util.List;

/**
 * Breaks LS-CONC-03: uses its published firstIndex field as scratch space for the batch's last
 * index while appending, so a reader can see firstIndex() above a lastIndex() read in the same
 * delete-free stretch. Correct one call at a time.
 */
public final class FirstIndexScratchStore implements LogStore {
    private final InMemoryLogStore entries = new InMemoryLogStore();
    private volatile long first;
    private volatile long last;

    @Override
    public long firstIndex() {
        return first;
    }

    @Override
    public long lastIndex() {
        return last;
    }

    @Override
    public Log getLog(long index) throws java.io.IOException {
        return entries.getLog(index);
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) {
        entries.storeLogs(logs);
        if (!logs.isEmpty() && first != 0) {
            first = logs.get(logs.size() - 1).index() + 1;
            Thread.yield();
        }
        first = entries.firstIndex();
        last = entries.lastIndex();
    }

    @Override
    public synchronized void deleteRange(long min, long max) {
        entries.deleteRange(min, max);
        first = entries.firstIndex();
        last = entries.lastIndex();
    }
}
