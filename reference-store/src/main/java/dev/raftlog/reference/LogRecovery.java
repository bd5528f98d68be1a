package dev.raftlog.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds a store's state from its directory (DESIGN.md, "Recovery"). Every frame of every
 * segment is checksummed. Damage is classified the way Protocol-Aware Recovery asks: in the
 * newest segment, damage after which no complete batch follows is the torn tail of a batch
 * that was never acknowledged, and is truncated; any other damage is in acknowledged data and
 * is reported as {@link CorruptLogException}, never dropped.
 */
final class LogRecovery {

    private static final int WINDOW = 1 << 20;

    private final Path dir;
    private final FileLogStoreOptions options;
    private final LiveIndex live = new LiveIndex();
    private final PendingBatch pending = new PendingBatch();
    private ByteBuffer window = ByteBuffer.allocateDirect(WINDOW);
    private long windowStart;
    private int windowLength;
    private long truncatedBytes;

    private LogRecovery(Path dir, FileLogStoreOptions options) {
        this.dir = dir;
        this.options = options;
    }

    /** The recovered state, or a state with no segment if the directory holds none yet. */
    static LogRecovery recover(Path dir, FileLogStoreOptions options) throws IOException {
        LogRecovery r = new LogRecovery(dir, options);
        try {
            r.run();
        } catch (IOException | RuntimeException e) {
            for (Segment s : r.live.segments) {
                try {
                    s.channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return r;
    }

    LiveIndex live() {
        return live;
    }

    /** Bytes of torn, unacknowledged tail that recovery cut off. */
    long truncatedBytes() {
        return truncatedBytes;
    }

    private void run() throws IOException {
        boolean deletedLeftovers = Files.deleteIfExists(dir.resolve(PrefixMarker.TEMP));
        PrefixMarker marker = PrefixMarker.read(dir);
        long firstSeq = marker == null ? 0 : marker.firstSegment();
        TreeMap<Long, Path> files = segmentFiles();
        for (Map.Entry<Long, Path> e : files.headMap(firstSeq).entrySet()) {
            Files.delete(e.getValue()); // a prefix delete that crashed half way: finish it
            deletedLeftovers = true;
        }
        if (deletedLeftovers) {
            DirectorySync.force(dir);
        }
        TreeMap<Long, Path> kept = new TreeMap<>(files.tailMap(firstSeq));
        if (kept.isEmpty()) {
            if (marker != null) {
                throw new CorruptLogException(dir.resolve(Segment.fileName(firstSeq)), 0,
                        "segment missing: the prefix marker says the log continues in it");
            }
            return;
        }
        long expected = firstSeq;
        for (Map.Entry<Long, Path> e : kept.entrySet()) {
            if (e.getKey() != expected) {
                throw new CorruptLogException(dir.resolve(Segment.fileName(expected)), 0,
                        "segment missing between " + (expected - 1) + " and " + e.getKey());
            }
            expected++;
        }
        for (Map.Entry<Long, Path> e : kept.entrySet()) {
            FileChannel ch = options.channelOpener().open(e.getValue(),
                    Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE));
            Segment seg = new Segment(e.getKey(), e.getValue(), ch, 0);
            live.segments.add(seg);
            scan(seg, e.getKey() == kept.lastKey());
        }
    }

    private TreeMap<Long, Path> segmentFiles() throws IOException {
        TreeMap<Long, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                long seq = Segment.parseSeq(p.getFileName().toString());
                if (seq >= 0) {
                    files.put(seq, p);
                }
            }
        }
        return files;
    }

    private void scan(Segment seg, boolean newest) throws IOException {
        FileChannel ch = seg.channel;
        long fileSize = ch.size();
        ByteBuffer header = ByteBuffer.allocate(Segment.HEADER_SIZE);
        boolean whole = Segment.readFully(ch, header, 0);
        if (!whole || !Segment.isValidHeader(header.flip(), seg.seq)) {
            if (newest && fileSize <= Segment.HEADER_SIZE) {
                // Created but its header never reached the disk: nothing was ever committed in it.
                ch.truncate(0);
                Segment.writeFully(ch, Segment.header(seg.seq), 0);
                ch.force(true);
                truncatedBytes += fileSize;
                seg.size = Segment.HEADER_SIZE;
                seg.fileEnd = Segment.HEADER_SIZE;
                return;
            }
            throw new CorruptLogException(seg.path, 0, "bad segment header");
        }
        windowLength = 0;
        long committedEnd = Segment.HEADER_SIZE;
        long dataEnd = committedEnd; // end of the last batch that held records: the mark a close writes
        long o = committedEnd;
        pending.clear();
        String damage = null;
        boolean zeroLength = false;
        while (o < fileSize) {
            if (fileSize - o < RecordFormat.FRAME_HEADER) {
                damage = "frame header cut short by the end of the file";
                break;
            }
            ByteBuffer w = ensure(ch, fileSize, o, RecordFormat.FRAME_HEADER);
            int rel = (int) (o - windowStart);
            int bodyLength = w.getInt(rel);
            if (bodyLength == 0) {
                // No real frame has length 0: the end of the log, if only zeros follow (checked below).
                zeroLength = true;
                break;
            }
            if (bodyLength < 1 || bodyLength > RecordFormat.MAX_BODY || bodyLength > fileSize - o - RecordFormat.FRAME_HEADER) {
                damage = "impossible frame length " + bodyLength;
                break;
            }
            int frameLength = RecordFormat.FRAME_HEADER + bodyLength;
            w = ensure(ch, fileSize, o, frameLength);
            rel = (int) (o - windowStart);
            if (!RecordFormat.crcMatches(w, rel, frameLength)) {
                damage = "checksum mismatch";
                break;
            }
            int body = rel + RecordFormat.FRAME_HEADER;
            byte kind = w.get(body);
            if (kind == RecordFormat.KIND_ENTRY && bodyLength >= RecordFormat.ENTRY_FIXED && RecordFormat.entryIndex(w, body) >= 1) {
                pending.addEntry(RecordFormat.entryIndex(w, body), PositionIndex.position(seg.seq, o));
            } else if (kind == RecordFormat.KIND_TOMBSTONE && bodyLength == RecordFormat.TOMBSTONE_BODY) {
                pending.addTombstone(w.getLong(body + 1), w.getLong(body + 9));
            } else if (kind == RecordFormat.KIND_COMMIT && bodyLength == RecordFormat.COMMIT_BODY
                    && w.getLong(body + 1) == committedEnd && w.getInt(body + 9) == pending.size() && pending.size() > 0) {
                pending.applyTo(live);
                committedEnd = o + frameLength;
                dataEnd = committedEnd;
            } else if (kind == RecordFormat.KIND_COMMIT && bodyLength == RecordFormat.COMMIT_BODY && pending.size() == 0
                    && w.getLong(body + 1) == dataEnd && w.getInt(body + 9) == 0) {
                committedEnd = o + frameLength; // an end mark written by close (EndMark): names the end of the records before it
            } else {
                damage = "record does not parse (kind " + kind + ", length " + bodyLength + ")";
                break;
            }
            o += frameLength;
        }
        long dirtyEnd = committedEnd == fileSize ? fileSize : endOfNonZero(ch, committedEnd, fileSize);
        if (damage == null && zeroLength && o != committedEnd) {
            damage = "batch cut short by zeros";
        } else if (damage == null && !zeroLength && committedEnd != fileSize) {
            damage = "batch without a commit frame";
            o = committedEnd;
        }
        if (damage == null && dirtyEnd > committedEnd) {
            damage = "bytes other than zeros after the end of the log";
        }
        if (damage == null && !newest && fileSize != committedEnd) {
            // Sealing cuts a segment's zeros off before the next segment exists (DESIGN.md section 9),
            // so zeros there mean acknowledged batches were zeroed, not an end of the log.
            damage = "zeros instead of records";
        }
        seg.size = committedEnd;
        seg.fileEnd = fileSize;
        if (damage != null) {
            if (!newest) {
                throw new CorruptLogException(seg.path, o, damage + " in a sealed segment");
            }
            if (completeBatchAfter(ch, fileSize, o + 1, committedEnd)) {
                throw new CorruptLogException(seg.path, o, damage + "; a later complete batch exists, so this data had been acknowledged");
            }
            // Torn tail of the one batch that was being written when the process or machine died.
            pending.clear();
            truncatedBytes += dirtyEnd - committedEnd;
        }
        if (fileSize > committedEnd) {
            if (options.preallocate()) {
                // Zeros over the torn bytes, so the file keeps its size and the next batch again only overwrites.
                Segment.writeZeros(ch, committedEnd, dirtyEnd);
            } else {
                ch.truncate(committedEnd);
                seg.fileEnd = committedEnd;
            }
            // Also makes a zero tail that survived only in the page cache (a process crash) durable.
            ch.force(true);
        }
    }

    /**
     * The end of the last byte other than zero in {@code [from, to)} of the file, or {@code from}
     * if there are only zeros.
     */
    private static long endOfNonZero(FileChannel ch, long from, long to) throws IOException {
        int size = (int) Math.min(WINDOW, to - from);
        byte[] zeros = new byte[size];
        ByteBuffer chunk = ByteBuffer.allocate(size);
        long end = from;
        for (long p = from; p < to; p += chunk.limit()) {
            chunk.clear().limit((int) Math.min(size, to - p));
            if (!Segment.readFully(ch, chunk, p)) {
                throw new IOException("file shrank while being recovered");
            }
            int n = chunk.limit();
            if (Arrays.mismatch(chunk.array(), 0, n, zeros, 0, n) >= 0) {
                int last = n - 1;
                while (chunk.array()[last] == 0) {
                    last--;
                }
                end = p + last + 1;
            }
        }
        return end;
    }

    /** The window holding bytes {@code [o, o+n)} of the file, refilled from {@code o} if needed. */
    private ByteBuffer ensure(FileChannel ch, long fileSize, long o, int n) throws IOException {
        if (o >= windowStart && o + n <= windowStart + windowLength) {
            return window;
        }
        if (n > window.capacity()) {
            window = ByteBuffer.allocateDirect(n);
        }
        window.clear();
        window.limit((int) Math.min(window.capacity(), fileSize - o));
        if (!Segment.readFully(ch, window, o)) {
            throw new IOException("file shrank while being recovered");
        }
        windowStart = o;
        windowLength = window.limit();
        return window;
    }

    /**
     * Whether a valid commit frame of a batch that starts after {@code committedEnd} lies at or
     * after {@code from}: proof that the damage before it is not an unacknowledged tail.
     */
    private static boolean completeBatchAfter(FileChannel ch, long fileSize, long from, long committedEnd) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(WINDOW);
        long p = from;
        while (fileSize - p >= RecordFormat.COMMIT_FRAME) {
            int want = (int) Math.min(chunk.capacity(), fileSize - p);
            chunk.clear().limit(want);
            Segment.readFully(ch, chunk, p);
            int lastStart = want - RecordFormat.COMMIT_FRAME;
            for (int i = 0; i <= lastStart; i++) {
                if (chunk.getInt(i) == RecordFormat.COMMIT_BODY && chunk.get(i + 8) == RecordFormat.KIND_COMMIT
                        && RecordFormat.crcMatches(chunk, i, RecordFormat.COMMIT_FRAME)) {
                    long batchStart = chunk.getLong(i + 9);
                    if (batchStart > committedEnd && batchStart < p + i) {
                        return true;
                    }
                }
            }
            if (want == fileSize - p) {
                break;
            }
            p += lastStart + 1;
        }
        return false;
    }
}
