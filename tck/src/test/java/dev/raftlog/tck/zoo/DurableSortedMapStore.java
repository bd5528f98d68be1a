package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NavigableMap;

/**
 * A correct, reopenable {@link SortedMapStore}: it loads its entries from a {@link SimulatedDisk}
 * when opened and writes every mutation through to it before the call returns, so that what a
 * call acknowledged survives close and {@code open(sameDir)}: the honest model of a durable
 * store, which persists each acknowledged call rather than only at close (a crash skips close).
 * Calls after {@link #close()} throw {@link IllegalStateException}.
 *
 * <p>Specimens override {@link #load}, {@link #persistBatch} or {@link #persistDelete}.
 */
public class DurableSortedMapStore extends SortedMapStore {

    /** Where this store's durable state lives. */
    protected final SimulatedDisk disk;
    private boolean closed;

    /** Opens the store on {@code disk}, loading what is durable there. */
    public DurableSortedMapStore(SimulatedDisk disk) {
        this.disk = disk;
        boolean usedBefore = disk.mount();
        load(disk.read(), usedBefore);
    }

    /** Opens the store kept in {@code dir}. */
    public static DurableSortedMapStore open(Path dir) {
        return new DurableSortedMapStore(SimulatedDisk.at(dir));
    }

    /**
     * Fills the in-memory entries from the durable ones; {@code reopened} if a store used the disk
     * before. Called from the constructor, so a subclass must not rely on its own field
     * initializers here (leave the fields it sets here without one).
     */
    protected void load(NavigableMap<Long, Log> durable, boolean reopened) {
        entries.putAll(durable);
    }

    /** Makes an encoded batch durable, before it becomes visible. */
    protected void persistBatch(List<Log> batch) throws IOException {
        disk.write(batch);
    }

    /** Makes a delete durable, before it becomes visible. */
    protected void persistDelete(long min, long max) throws IOException {
        disk.erase(min, max);
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        persistBatch(batch);
        super.applyBatch(batch);
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        persistDelete(min, max);
        super.applyDelete(min, max);
    }

    @Override
    public synchronized long firstIndex() throws IOException {
        requireOpen();
        return super.firstIndex();
    }

    @Override
    public synchronized long lastIndex() throws IOException {
        requireOpen();
        return super.lastIndex();
    }

    @Override
    public synchronized Log getLog(long index) throws IOException {
        requireOpen();
        return super.getLog(index);
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        requireOpen();
        super.storeLogs(logs);
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        requireOpen();
        super.deleteRange(min, max);
    }

    /** Idempotent; what was acknowledged is already on the disk. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed; open the directory again");
        }
    }
}
