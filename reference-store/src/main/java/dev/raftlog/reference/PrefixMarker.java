package dev.raftlog.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The durable record of a prefix delete: the first segment still in use and the first index at
 * that time. Written as a temp file, fsynced, renamed over {@code PREFIX}, and the directory
 * fsynced, all before any segment file is deleted: whatever subset of the deletions a crash
 * persists, recovery knows that every segment below {@code firstSegment} is gone on purpose
 * (and finishes deleting it), while a missing segment at or above it is corruption.
 */
record PrefixMarker(long firstSegment, long firstIndex) {

    static final String FILE = "PREFIX";
    static final String TEMP = "PREFIX.tmp";
    private static final int MAGIC = 0x52504658; // "RPFX"
    private static final int SIZE = 4 + 8 + 8 + 4;

    /** The marker in {@code dir}, or null if no prefix delete ever dropped a segment. */
    static PrefixMarker read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, Math.max(0, Math.min(bytes.length, SIZE - 4)));
        if (bytes.length != SIZE || b.getInt(0) != MAGIC || b.getInt(SIZE - 4) != (int) crc.getValue()) {
            throw new CorruptLogException(file, 0, "prefix marker is damaged (it is only ever replaced by an atomic rename)");
        }
        return new PrefixMarker(b.getLong(4), b.getLong(12));
    }

    void write(Path dir, FileLogStoreOptions.ChannelOpener opener) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        b.putInt(MAGIC).putLong(firstSegment).putLong(firstIndex);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, SIZE - 4);
        b.putInt((int) crc.getValue()).flip();
        Path temp = dir.resolve(TEMP);
        try (FileChannel ch = opener.open(temp, java.util.Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
            Segment.writeFully(ch, b, 0);
            ch.force(true);
        }
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DirectorySync.force(dir);
    }
}
