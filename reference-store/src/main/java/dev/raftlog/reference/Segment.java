package dev.raftlog.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * One segment file: {@code <20-digit sequence>.seg}. Starts with a header naming its sequence
 * number; only the newest segment is written to, the older ones are sealed and never change.
 * {@code size} is the end of the last committed batch, the only bytes readers may look at.
 */
final class Segment {

    static final String SUFFIX = ".seg";
    static final long MAGIC = 0x524C4F4753454731L; // "RLOGSEG1"
    static final int VERSION = 1;
    /** magic, version, sequence, crc32c of the preceding 20 bytes. */
    static final int HEADER_SIZE = 8 + 4 + 8 + 4;
    /** The first growth of a segment's zero-filled region; it doubles from there up to the chunk option. */
    static final long FIRST_PREALLOCATION = 64 << 10;
    private static final int PAGE = 4096;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 << 10);

    final long seq;
    final Path path;
    final FileChannel channel;
    /** Written by the writer under the store's write lock; read under its read lock. */
    long size;
    /**
     * Length of the file as the writer last made it (writer and recovery only). Bytes from
     * {@code size} to here are zeros that have been forced: a batch written there overwrites
     * existing blocks and its fdatasync commits no new file size.
     */
    long fileEnd;
    /** Live entries whose current record is in this segment. */
    long liveEntries;
    /**
     * A read-only mapping of the whole segment once it is sealed, on the default file system
     * only; null otherwise. Sealed segments never change or shrink, so the mapping can never
     * fault on a truncated page. Set under the store's write lock, read under its read lock.
     */
    ByteBuffer mapped;

    Segment(long seq, Path path, FileChannel channel, long size) {
        this.seq = seq;
        this.path = path;
        this.channel = channel;
        this.size = size;
        this.fileEnd = size;
    }

    static String fileName(long seq) {
        return String.format("%020d%s", seq, SUFFIX);
    }

    /** The sequence number named by {@code fileName}, or -1 if it is not a segment file name. */
    static long parseSeq(String fileName) {
        if (!fileName.endsWith(SUFFIX) || fileName.length() != 20 + SUFFIX.length()) {
            return -1;
        }
        try {
            return Long.parseLong(fileName.substring(0, 20));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ByteBuffer header(long seq) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_SIZE);
        b.putLong(MAGIC).putInt(VERSION).putLong(seq);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, HEADER_SIZE - 4);
        b.putInt((int) crc.getValue());
        return b.flip();
    }

    /** Whether {@code b} (HEADER_SIZE bytes) is a valid header for segment {@code seq}. */
    static boolean isValidHeader(ByteBuffer b, long seq) {
        return b.remaining() == HEADER_SIZE && header(seq).equals(b);
    }

    /** Creates segment {@code seq}: new file, header written and forced, directory fsynced. */
    static Segment create(Path dir, FileLogStoreOptions options, long seq) throws IOException {
        Path path = dir.resolve(Segment.fileName(seq));
        FileChannel ch = options.channelOpener().open(path,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
        try {
            Segment.writeFully(ch, Segment.header(seq), 0);
            ch.force(true);
            DirectorySync.force(dir);
        } catch (IOException e) {
            try {
                ch.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new Segment(seq, path, ch, Segment.HEADER_SIZE);
    }

    /**
     * Makes sure the file holds forced zeros up to at least {@code end} (DESIGN.md section 9):
     * if it does not yet, the zero-filled region grows by 64 KiB, doubling with each growth up to
     * {@code maxChunk}, rounded to whole pages, but not past {@code segmentSize} unless one batch
     * needs more. Forced with {@code force(true)} before any batch is written there, so the
     * batch's own fdatasync has no size or allocation to commit.
     */
    void preallocate(long end, long maxChunk, long segmentSize) throws IOException {
        if (end <= fileEnd) {
            return;
        }
        long step = Math.min(maxChunk, Math.max(FIRST_PREALLOCATION, fileEnd - HEADER_SIZE));
        long target = Math.min((fileEnd + step + PAGE - 1) / PAGE * PAGE, segmentSize);
        target = Math.max(end, target);
        writeZeros(channel, fileEnd, target);
        channel.force(true);
        fileEnd = target;
    }

    /** Writes zeros over bytes {@code [from, to)} of the file (not forced). */
    static void writeZeros(FileChannel ch, long from, long to) throws IOException {
        long p = from;
        while (p < to) {
            ByteBuffer z = ZEROS.duplicate();
            z.limit((int) Math.min(z.capacity(), to - p));
            int n = z.remaining();
            writeFully(ch, z, p);
            p += n;
        }
    }

    /** Reads exactly {@code dst.remaining()} bytes at {@code position}; false if the file ends first. */
    static boolean readFully(FileChannel ch, ByteBuffer dst, long position) throws IOException {
        long p = position;
        while (dst.hasRemaining()) {
            int n = ch.read(dst, p);
            if (n < 0) {
                return false;
            }
            p += n;
        }
        return true;
    }

    static void writeFully(FileChannel ch, ByteBuffer src, long position) throws IOException {
        long p = position;
        while (src.hasRemaining()) {
            p += ch.write(src, p);
        }
    }

    /**
     * Maps this (sealed) segment for reads if {@code options} allow it and the file is on the
     * default file system (Jimfs and other providers cannot map, and the issue forbids it there).
     * Mapping is only a faster way to read; if it fails, reads fall back to positional reads.
     */
    void mapIfAllowed(FileLogStoreOptions options) {
        if (!options.mapSealedSegments() || path.getFileSystem() != java.nio.file.FileSystems.getDefault()
                || size > Integer.MAX_VALUE) {
            return;
        }
        try {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException | UnsupportedOperationException e) {
            mapped = null;
        }
    }

    @Override
    public String toString() {
        return path.getFileName() + "[size=" + size + ", live=" + liveEntries + "]";
    }
}
