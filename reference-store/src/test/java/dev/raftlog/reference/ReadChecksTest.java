package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damage that appears after open is caught by {@code getLog} on each of the three read paths
 * (a sealed segment through its mapping, a sealed segment by positional read, the active
 * segment): a changed length field, a changed stored checksum, a valid record of another index
 * where the index points, and a checksum-valid record that does not parse. Each is reported as
 * {@link CorruptLogException} naming the file and the record's offset, and the neighbours stay
 * readable.
 */
class ReadChecksTest {

    enum Where { SEALED_MAPPED, SEALED_PREAD, ACTIVE }

    @TempDir
    Path dir;
    private FileLogStore store;
    private Path file;
    private long index;
    private long offset;

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    /** 100 entries in 1 KiB segments; picks the first record of segment 0 or of the active segment. */
    private void open(Where where) throws IOException {
        store = FileLogStore.open(dir, FileLogStoreOptions.builder().segmentSize(1024)
                .mapSealedSegments(where != Where.SEALED_PREAD).build());
        for (long i = 1; i <= 100; i += 5) {
            store.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        try (Stream<Path> s = Files.list(dir)) {
            file = s.filter(p -> p.toString().endsWith(Segment.SUFFIX)).sorted()
                    .reduce((a, b) -> where == Where.ACTIVE ? b : a).orElseThrow();
        }
        offset = Segment.HEADER_SIZE;
        index = read(file, offset + RecordFormat.FRAME_HEADER + 1, 8).getLong();
        assertThat(store.getLog(index)).isEqualTo(StoreBehaviourTest.entry(index));
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aChangedLengthFieldIsAChecksumMismatch(Where where) throws IOException {
        open(where);
        long dataLengthLowByte = offset + RecordFormat.FRAME_HEADER + 31 + 3;
        ByteBuffer b = read(file, dataLengthLowByte, 1);
        write(file, dataLengthLowByte, new byte[] {(byte) (b.get(0) + 1)});
        assertCorrupt("checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aChangedStoredChecksumIsAChecksumMismatch(Where where) throws IOException {
        open(where);
        ByteBuffer b = read(file, offset + 4, 1);
        write(file, offset + 4, new byte[] {(byte) (b.get(0) ^ 1)});
        assertCorrupt("checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aValidRecordOfAnotherIndexIsNotReturned(Where where) throws IOException {
        open(where);
        Log other = StoreBehaviourTest.entry(index + 1); // same encoded size as the entry it replaces
        write(file, offset, encode(other, false));
        assertCorrupt("holds index " + (index + 1));
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aChecksumValidRecordThatDoesNotParseIsReported(Where where) throws IOException {
        open(where);
        write(file, offset, encode(StoreBehaviourTest.entry(index), true));
        assertCorrupt("does not parse");
    }

    private void assertCorrupt(String message) throws IOException {
        assertThatThrownBy(() -> store.getLog(index))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(store.getLog(index + 1)).isEqualTo(StoreBehaviourTest.entry(index + 1));
    }

    /** The frame of {@code log}; with {@code badType}, an unknown type code under a valid CRC. */
    private static byte[] encode(Log log, boolean badType) {
        ByteBuffer b = ByteBuffer.allocate((int) RecordFormat.entryFrameSize(log));
        RecordFormat.putEntry(b, log);
        if (badType) {
            b.put(RecordFormat.FRAME_HEADER + 17, (byte) 99);
            b.putInt(4, RecordFormat.crcOf(b, 0, b.capacity()));
        }
        return b.array();
    }

    private static ByteBuffer read(Path file, long at, int n) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(n);
            assertThat(Segment.readFully(ch, b, at)).isTrue();
            return b.flip();
        }
    }

    private static void write(Path file, long at, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            Segment.writeFully(ch, ByteBuffer.wrap(bytes), at);
        }
    }
}
