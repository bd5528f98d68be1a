package dev.raftlog.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The physical read limit for {@link RandomReadBenchmark}: the reference store's own segment
 * files, memory-mapped, with the byte offset of every entry record found by walking the frames
 * once. {@link #read} does the least any checked random read must do: checksum the frame where
 * it lies (CRC32C, as the store) and copy the payload into a fresh array (the contract's "no
 * shared arrays"). No index structure, no lock, no parsing, no {@code Log} object.
 */
final class MappedRecords {
    private static final int HEADER = 24;
    private static final int FRAME_HEADER = 8;
    private static final int ENTRY_FIXED = 39;

    private final ByteBuffer[] maps;
    private final FileChannel[] channels;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 << 10);
    /** Per entry i (index i + 1): segment number in the high 24 bits, offset in the low 40. */
    private final long[] positions;

    private MappedRecords(ByteBuffer[] maps, FileChannel[] channels, long[] positions) {
        this.maps = maps;
        this.channels = channels;
        this.positions = positions;
    }

    /** Maps the segments of the store in {@code dir} that holds entries 1..n, written in order. */
    static MappedRecords open(Path dir, int n) throws IOException {
        List<Path> segments;
        try (Stream<Path> s = Files.list(dir)) {
            segments = s.filter(p -> p.getFileName().toString().endsWith(".seg")).sorted().toList();
        }
        ByteBuffer[] maps = new ByteBuffer[segments.size()];
        FileChannel[] channels = new FileChannel[segments.size()];
        long[] positions = new long[n];
        int found = 0;
        for (int seg = 0; seg < maps.length; seg++) {
            channels[seg] = FileChannel.open(segments.get(seg), StandardOpenOption.READ);
            maps[seg] = channels[seg].map(FileChannel.MapMode.READ_ONLY, 0, channels[seg].size());
            ByteBuffer m = maps[seg];
            int p = HEADER;
            while (p + FRAME_HEADER <= m.limit()) {
                int body = m.getInt(p);
                if (m.get(p + FRAME_HEADER) == 1 && found < n) {
                    positions[found++] = ((long) seg << 40) | p;
                }
                p += FRAME_HEADER + body;
            }
        }
        if (found != n) {
            throw new IllegalStateException("found " + found + " entry records, expected " + n);
        }
        return new MappedRecords(maps, channels, positions);
    }

    /** CRC32C of the frame of index {@code index} checked, its payload copied into a new array. */
    byte[] read(long index) {
        long pos = positions[(int) (index - 1)];
        return checkedPayload(maps[(int) (pos >>> 40)], (int) (pos & ((1L << 40) - 1)), index);
    }

    /**
     * As {@link #read}, but with one positional read (pread) of exactly the frame's bytes (known
     * from the next record's offset, as an index could store it) into a reused direct buffer.
     */
    byte[] pread(long index) throws IOException {
        int i = (int) (index - 1);
        long pos = positions[i];
        int seg = (int) (pos >>> 40);
        int off = (int) (pos & ((1L << 40) - 1));
        int frame = FRAME_HEADER + ENTRY_FIXED + maps[seg].getInt(off + FRAME_HEADER + 31);
        ByteBuffer b = readBuffer.clear().limit(frame);
        long p = off;
        while (b.hasRemaining()) {
            p += channels[seg].read(b, p);
        }
        return checkedPayload(b, 0, index);
    }

    /** {@link #read}, reduced to an int (for harnesses that must keep the result alive). */
    int read0(long index) {
        byte[] b = read(index);
        return b.length + b[0];
    }

    void close() throws IOException {
        for (FileChannel ch : channels) {
            ch.close();
        }
    }

    private static byte[] checkedPayload(ByteBuffer m, int off, long index) {
        int body = m.getInt(off);
        CRC32C crc = new CRC32C();
        crc.update(m.slice(off, 4));
        crc.update(m.slice(off + FRAME_HEADER, body));
        if ((int) crc.getValue() != m.getInt(off + 4)) {
            throw new IllegalStateException("checksum mismatch at index " + index);
        }
        byte[] data = new byte[m.getInt(off + FRAME_HEADER + 31)];
        m.get(off + FRAME_HEADER + ENTRY_FIXED, data);
        return data;
    }
}
