package dev.raftlog.reference;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A durable, general-profile {@link LogStore}: an append-only log of checksummed records in
 * segment files under one directory, on any {@link Path} (default file system, Jimfs, a fault
 * injecting file system). See {@code DESIGN.md} for the format and the crash-safety argument.
 *
 * <p>Promises: {@link #storeLogs} is all or nothing and durable when it returns (one write and
 * one fsync per batch, plus a zero-fill write and fsync for the batch that grows the
 * preallocated region); {@link #deleteRange} is durable when it returns and never undone by a
 * crash; gaps, overwrites and out-of-order writes are kept exactly as an ordered map would
 * keep them; every read checks the record's CRC32C; a torn unacknowledged tail is cut (zeroed, or
 * truncated without preallocation) at
 * {@link #open}, while damage to acknowledged data throws {@link CorruptLogException}; after a
 * failed write or fsync every further write throws {@link WritesDisabledException} until the
 * store is reopened. Thread-safe: any number of readers alongside one writer at a time; a reader
 * never sees part of a batch. Only one store may have a directory open at a time
 * ({@link StoreLockedException}).
 */
public final class FileLogStore implements LogStore {

    private static final int CACHED_BATCH_BUFFER = 4 << 20;

    private final Path dir;
    private final FileLogStoreOptions options;
    private final DirectoryLock directoryLock;
    private final long truncatedAtOpen;
    /** Readers hold the read lock across lookup and file read; the writer takes the write lock only to publish. */
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    /** Serializes writers; held across the write and fsync, so readers are never blocked by I/O. */
    private final Object writeMutex = new Object();
    private final LiveIndex live;
    private boolean closed;
    private IOException failure;
    /** End of the last batch holding records written since open, or -1: where close puts its end mark. */
    private long unmarkedDataEnd = -1;
    private ByteBuffer batchBuffer = ByteBuffer.allocateDirect(64 << 10);

    private FileLogStore(Path dir, FileLogStoreOptions options, DirectoryLock lock, LiveIndex live, long truncated) {
        this.dir = dir;
        this.options = options;
        this.directoryLock = lock;
        this.live = live;
        this.truncatedAtOpen = truncated;
    }

    /** Opens (creating if needed) the store in {@code dir} with the default options. */
    public static FileLogStore open(Path dir) throws IOException {
        return open(dir, FileLogStoreOptions.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code dir}, recovering it from its files.
     *
     * @throws StoreLockedException if another store has {@code dir} open
     * @throws CorruptLogException if acknowledged data is damaged
     */
    public static FileLogStore open(Path dir, FileLogStoreOptions options) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Files.createDirectories(dir);
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try {
            LogRecovery recovery = LogRecovery.recover(dir, options);
            LiveIndex live = recovery.live();
            if (live.segments.isEmpty()) {
                live.segments.add(Segment.create(dir, options, 0));
            }
            for (int i = 0; i < live.segments.size() - 1; i++) {
                live.segments.get(i).mapIfAllowed(options);
            }
            return new FileLogStore(dir, options, lock, live, recovery.truncatedBytes());
        } catch (IOException | RuntimeException e) {
            try {
                lock.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public long firstIndex() throws IOException {
        rw.readLock().lock();
        try {
            ensureOpen();
            return live.positions.first();
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public long lastIndex() throws IOException {
        rw.readLock().lock();
        try {
            ensureOpen();
            return live.positions.last();
        } finally {
            rw.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws CorruptLogException if the stored record fails its checksum or does not parse
     */
    @Override
    public Log getLog(long index) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        rw.readLock().lock();
        try {
            ensureOpen();
            long position = live.positions.get(index);
            if (position == PositionIndex.NONE) {
                throw new LogNotFoundException(index);
            }
            Segment seg = live.segment(PositionIndex.segmentOf(position));
            return EntryReader.read(seg, PositionIndex.offsetOf(position), index);
        } finally {
            rw.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if an entry's {@code data} plus {@code extensions} exceed
     *     {@link FileLogStoreOptions#maxEntrySize()} (nothing of the batch is written)
     * @throws WritesDisabledException if an earlier write or fsync failed
     */
    @Override
    public void storeLogs(List<Log> logs) throws IOException {
        Objects.requireNonNull(logs, "logs must not be null");
        int n = logs.size();
        long total = RecordFormat.COMMIT_FRAME;
        List<Log> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Log log = logs.get(i);
            if (log == null) {
                throw new NullPointerException("logs[" + i + "] is null; nothing of this batch was stored");
            }
            if (log.payloadSize() > options.maxEntrySize()) {
                throw new IllegalArgumentException("logs[" + i + "] (index " + log.index() + ") has "
                        + log.payloadSize() + " bytes of data+extensions, over maxEntrySize "
                        + options.maxEntrySize() + "; nothing of this batch was stored");
            }
            total += RecordFormat.entryFrameSize(log);
            batch.add(log);
        }
        if (n == 0) {
            return;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("batch of " + n + " entries encodes to " + total
                    + " bytes, over the 2 GiB a batch may take; nothing of this batch was stored");
        }
        synchronized (writeMutex) {
            checkWritable();
            Segment seg = segmentWithRoomFor(total);
            long batchStart = seg.size;
            ByteBuffer buf = batchBuffer((int) total);
            long[] offsets = new long[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = batchStart + buf.position();
                RecordFormat.putEntry(buf, batch.get(i));
            }
            RecordFormat.putCommit(buf, batchStart, n);
            writeAndSync(seg, buf.flip(), batchStart);
            rw.writeLock().lock();
            try {
                for (int i = 0; i < n; i++) {
                    live.put(batch.get(i).index(), PositionIndex.position(seg.seq, offsets[i]));
                }
                seg.size = batchStart + total;
            } finally {
                rw.writeLock().unlock();
            }
            unmarkedDataEnd = seg.size;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Durable when it returns: a tombstone record is written and fsynced; whole segments left
     * with no live entry at the old end of the log are then deleted.
     *
     * @throws WritesDisabledException if an earlier write or fsync failed
     */
    @Override
    public void deleteRange(long min, long max) throws IOException {
        if (min < 0 || max < 0) {
            throw new IllegalArgumentException("deleteRange bounds must be >= 0, were min=" + min + ", max=" + max);
        }
        if (min > max) {
            return;
        }
        synchronized (writeMutex) {
            checkWritable();
            // Only the writer mutates the index, and it holds writeMutex: reading it here needs no lock.
            if (!live.positions.containsAny(min, max)) {
                return;
            }
            int total = RecordFormat.TOMBSTONE_FRAME + RecordFormat.COMMIT_FRAME;
            Segment seg = segmentWithRoomFor(total);
            long batchStart = seg.size;
            ByteBuffer buf = batchBuffer(total);
            RecordFormat.putTombstone(buf, min, max);
            RecordFormat.putCommit(buf, batchStart, 1);
            writeAndSync(seg, buf.flip(), batchStart);
            rw.writeLock().lock();
            try {
                live.remove(min, max);
                seg.size = batchStart + total;
            } finally {
                rw.writeLock().unlock();
            }
            unmarkedDataEnd = seg.size;
            dropDeadSegments();
        }
    }

    /** Always false: this store keeps gaps and overwrites (general profile). */
    @Override
    public boolean isMonotonic() {
        return false;
    }

    /**
     * Closes the files and releases the directory. Idempotent; later calls other than close throw.
     * A preallocating store that wrote since it was opened first writes and syncs an end mark
     * (DESIGN.md section 9), so damage to its last batch is reported at the next open.
     */
    @Override
    public void close() throws IOException {
        synchronized (writeMutex) {
            rw.writeLock().lock();
            try {
                if (closed) {
                    return;
                }
                closed = true;
            } finally {
                rw.writeLock().unlock();
            }
            IOException first = null;
            if (options.preallocate() && failure == null && unmarkedDataEnd == live.active().size) {
                try {
                    writeAndSync(live.active(), EndMark.encode(unmarkedDataEnd), unmarkedDataEnd);
                } catch (IOException e) {
                    first = e;
                }
            }
            for (Segment s : live.segments) {
                try {
                    s.channel.close();
                } catch (IOException e) {
                    first = addTo(first, e);
                }
            }
            try {
                directoryLock.close();
            } catch (IOException e) {
                first = addTo(first, e);
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** Number of live entries. */
    public long size() throws IOException {
        rw.readLock().lock();
        try {
            ensureOpen();
            return live.positions.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    /**
     * Estimated heap bytes of the in-memory index, computed from the sizes of its arrays and
     * objects (compressed-oops layout); divided by {@link #size()} it is the per-entry cost.
     */
    public long indexHeapBytes() throws IOException {
        rw.readLock().lock();
        try {
            ensureOpen();
            return live.positions.heapBytes();
        } finally {
            rw.readLock().unlock();
        }
    }

    /**
     * Bytes of torn, unacknowledged tail that {@link #open} cut off, from the end of the log to
     * the last byte other than zero after it (0 after a clean shutdown; zeros alone are no tail).
     */
    public long truncatedAtOpen() {
        return truncatedAtOpen;
    }

    /** The directory this store lives in. */
    public Path directory() {
        return dir;
    }

    @Override
    public String toString() {
        return "FileLogStore[" + dir + "]";
    }

    int segmentCount() {
        rw.readLock().lock();
        try {
            return live.segments.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    /** The active segment, or a new one if the batch would push the active one past the segment size. */
    private Segment segmentWithRoomFor(long bytes) throws IOException {
        Segment active = live.active();
        if (active.size == Segment.HEADER_SIZE || active.size + bytes <= options.segmentSize()) {
            return active;
        }
        long seq = active.seq + 1;
        if (seq > PositionIndex.MAX_SEGMENT_SEQ) {
            throw new IOException("segment sequence numbers exhausted at " + active.seq);
        }
        Segment next;
        try {
            if (active.fileEnd > active.size) {
                // Seal at the end of the log: a sealed segment's file ends where its last batch does,
                // so recovery can treat anything else there (zeros included) as damage.
                active.channel.truncate(active.size);
                active.channel.force(true);
                active.fileEnd = active.size;
            }
            next = Segment.create(dir, options, seq);
        } catch (IOException e) {
            throw fail(e);
        }
        rw.writeLock().lock();
        try {
            active.mapIfAllowed(options); // sealed from now on: its last batch is durable and it is never written again
            live.segments.add(next);
        } finally {
            rw.writeLock().unlock();
        }
        return next;
    }

    private void writeAndSync(Segment seg, ByteBuffer buf, long position) throws IOException {
        long end = position + buf.remaining();
        try {
            if (options.preallocate()) {
                seg.preallocate(end, options.preallocationChunk(), options.segmentSize());
            }
            Segment.writeFully(seg.channel, buf, position);
            // fdatasync once per batch: only the data when it overwrites preallocated zeros, else also the new length
            seg.channel.force(false);
            seg.fileEnd = Math.max(seg.fileEnd, end);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    /**
     * Deletes the oldest segments that hold no live entry: first the prefix marker is made
     * durable, then the files are deleted and the directory fsynced.
     */
    private void dropDeadSegments() throws IOException {
        int dead = live.deadPrefixLength();
        if (dead == 0) {
            return;
        }
        List<Segment> doomed = new ArrayList<>(live.segments.subList(0, dead));
        try {
            new PrefixMarker(live.segments.get(dead).seq, live.positions.first()).write(dir, options.channelOpener());
            rw.writeLock().lock();
            try {
                live.segments.subList(0, dead).clear();
            } finally {
                rw.writeLock().unlock();
            }
            for (Segment s : doomed) {
                s.channel.close();
                Files.delete(s.path);
            }
            DirectorySync.force(dir);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    private ByteBuffer batchBuffer(int bytes) {
        if (bytes > batchBuffer.capacity()) {
            if (bytes > CACHED_BATCH_BUFFER) {
                return ByteBuffer.allocate(bytes);
            }
            batchBuffer = ByteBuffer.allocateDirect(Math.max(bytes, batchBuffer.capacity() * 2));
        }
        return batchBuffer.clear();
    }

    private void checkWritable() throws IOException {
        if (closed) {
            throw new IOException("FileLogStore " + dir + " is closed");
        }
        if (failure != null) {
            throw new WritesDisabledException(failure);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("FileLogStore " + dir + " is closed");
        }
    }

    private IOException fail(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    private static IOException addTo(IOException first, IOException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
