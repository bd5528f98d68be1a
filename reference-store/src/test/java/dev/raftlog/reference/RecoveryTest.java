package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash and damage at open: torn tails are cut, damage to acknowledged data is reported with
 * file and offset. The damage is made by editing the files directly between close and open.
 * These run without preallocation, where a segment file ends where its log does; the zero-filled
 * tails of preallocated segments are {@link PreallocatedRecoveryTest}'s.
 */
abstract class RecoveryTest {

    /** Every batch extends the file, so the file's size is the end of the log. */
    private static final FileLogStoreOptions EXTENDING = FileLogStoreOptions.builder().preallocate(false).build();

    private final List<FileLogStore> opened = new ArrayList<>();

    abstract Path freshDir() throws IOException;

    @AfterEach
    void closeAll() throws IOException {
        for (FileLogStore s : opened) {
            s.close();
        }
    }

    private FileLogStore open(Path dir) throws IOException {
        return open(dir, EXTENDING);
    }

    private FileLogStore open(Path dir, FileLogStoreOptions options) throws IOException {
        FileLogStore s = FileLogStore.open(dir, options);
        opened.add(s);
        return s;
    }

    private static Path segment(Path dir, long seq) {
        return dir.resolve(Segment.fileName(seq));
    }

    /** Stores 1..3 and 4..5 and closes; returns the segment size after the first batch. */
    private long twoBatches(Path dir) throws IOException {
        FileLogStore s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        long afterFirst = Files.size(segment(dir, 0));
        s.storeLogs(StoreBehaviourTest.range(4, 5));
        s.close();
        return afterFirst;
    }

    private static void write(Path file, long offset, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            Segment.writeFully(ch, ByteBuffer.wrap(bytes), offset);
        }
    }

    private static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, offset);
            b.put(0, (byte) (b.get(0) ^ 0x10)).rewind();
            ch.write(b, offset);
        }
    }

    @Test
    void garbageAfterTheLastBatchIsTruncated() throws IOException {
        Path dir = freshDir();
        twoBatches(dir);
        long size = Files.size(segment(dir, 0));
        write(segment(dir, 0), size, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        FileLogStore s = open(dir);
        assertThat(s.truncatedAtOpen()).isEqualTo(11);
        assertThat(s.lastIndex()).isEqualTo(5);
        assertThat(Files.size(segment(dir, 0))).isEqualTo(size);
        s.storeLog(StoreBehaviourTest.entry(6));
        s.close();
        assertThat(open(dir).getLog(6)).isEqualTo(StoreBehaviourTest.entry(6));
    }

    @Test
    void batchWithoutCommitFrameIsDroppedWhole() throws IOException {
        Path dir = freshDir();
        twoBatches(dir);
        Path seg = segment(dir, 0);
        long acknowledged = Files.size(seg);
        FileLogStore s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(6, 8));
        s.close();
        for (long cut : new long[] {RecordFormat.COMMIT_FRAME, RecordFormat.COMMIT_FRAME + 5, 40}) {
            byte[] all = Files.readAllBytes(seg);
            byte[] torn = java.util.Arrays.copyOf(all, (int) (all.length - cut));
            Path copy = freshDir();
            Files.createDirectories(copy);
            Files.write(segment(copy, 0), torn);
            FileLogStore r = open(copy);
            assertThat(r.lastIndex()).as("cut %d", cut).isEqualTo(5);
            assertThatThrownBy(() -> r.getLog(6)).isInstanceOf(LogNotFoundException.class);
            assertThat(Files.size(segment(copy, 0))).isEqualTo(acknowledged);
        }
    }

    @Test
    void damageBeforeALaterBatchIsReportedWithFileAndOffset() throws IOException {
        Path dir = freshDir();
        long firstBatchEnd = twoBatches(dir);
        flipByte(segment(dir, 0), Segment.HEADER_SIZE + 30); // inside the record of index 1
        assertThatThrownBy(() -> open(dir))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> {
                    assertThat(e.file()).isEqualTo(segment(dir, 0));
                    assertThat(e.offset()).isEqualTo(Segment.HEADER_SIZE);
                });
        assertThat(firstBatchEnd).isGreaterThan(Segment.HEADER_SIZE + 30);
    }

    @Test
    void damagedLengthBeforeALaterBatchIsReportedNotTruncated() throws IOException {
        Path dir = freshDir();
        long firstBatchEnd = twoBatches(dir);
        write(segment(dir, 0), Segment.HEADER_SIZE, new byte[] {0x7f, 0, 0, 0});
        assertThatThrownBy(() -> open(dir)).isInstanceOf(CorruptLogException.class)
                .hasMessageContaining("impossible frame length");
        assertThat(Files.size(segment(dir, 0))).isGreaterThan(firstBatchEnd);
    }

    @Test
    void damageInTheLastBatchIsIndistinguishableFromATornWriteAndIsTruncated() throws IOException {
        Path dir = freshDir();
        long firstBatchEnd = twoBatches(dir);
        flipByte(segment(dir, 0), firstBatchEnd + 30);
        FileLogStore s = open(dir);
        assertThat(s.lastIndex()).isEqualTo(3);
        assertThat(s.truncatedAtOpen()).isPositive();
    }

    @Test
    void damageInASealedSegmentIsReported() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = EXTENDING.toBuilder().segmentSize(1024).build();
        FileLogStore s = open(dir, small);
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        s.close();
        long size = Files.size(segment(dir, 1));
        flipByte(segment(dir, 1), size - 3); // the commit frame of its last batch
        assertThatThrownBy(() -> open(dir, small))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> assertThat(e.file()).isEqualTo(segment(dir, 1)));
    }

    @Test
    void missingSegmentIsReported() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = EXTENDING.toBuilder().segmentSize(1024).build();
        FileLogStore s = open(dir, small);
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        s.close();
        Files.delete(segment(dir, 1));
        assertThatThrownBy(() -> open(dir, small))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> assertThat(e.file()).isEqualTo(segment(dir, 1)));
    }

    @Test
    void corruptionFoundOnReadIsReportedWithFileAndOffset() throws IOException {
        Path dir = freshDir();
        FileLogStore s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        s.storeLogs(StoreBehaviourTest.range(4, 5));
        flipByte(segment(dir, 0), Segment.HEADER_SIZE + 50);
        assertThatThrownBy(() -> s.getLog(1))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> {
                    assertThat(e.file()).isEqualTo(segment(dir, 0));
                    assertThat(e.offset()).isEqualTo(Segment.HEADER_SIZE);
                });
        assertThat(s.getLog(2)).isEqualTo(StoreBehaviourTest.entry(2));
    }

    @Test
    void corruptionOfASealedSegmentFoundOnReadIsReported() throws IOException {
        Path dir = freshDir();
        FileLogStore s = open(dir, EXTENDING.toBuilder().segmentSize(1024).build());
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        assertThat(s.getLog(1)).isEqualTo(StoreBehaviourTest.entry(1)); // sealed, mapped on the default file system
        flipByte(segment(dir, 0), Segment.HEADER_SIZE + 50);
        assertThatThrownBy(() -> s.getLog(1))
                .isInstanceOfSatisfying(CorruptLogException.class, e -> {
                    assertThat(e.file()).isEqualTo(segment(dir, 0));
                    assertThat(e.offset()).isEqualTo(Segment.HEADER_SIZE);
                });
    }

    @Test
    void emptyNewestSegmentFromACrashDuringRotationIsReinitialised() throws IOException {
        Path dir = freshDir();
        twoBatches(dir);
        Files.write(segment(dir, 1), new byte[5]);
        FileLogStore s = open(dir);
        assertThat(s.lastIndex()).isEqualTo(5);
        s.storeLog(StoreBehaviourTest.entry(6));
        s.close();
        assertThat(open(dir).getLog(6)).isEqualTo(StoreBehaviourTest.entry(6));
    }

    @Test
    void segmentsLeftBehindByAnInterruptedPrefixDeleteAreFinishedOff() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = EXTENDING.toBuilder().segmentSize(1024).build();
        FileLogStore s = open(dir, small);
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        byte[] oldest = Files.readAllBytes(segment(dir, 0));
        s.deleteRange(0, 60);
        s.close();
        assertThat(Files.exists(segment(dir, 0))).isFalse();
        Files.write(segment(dir, 0), oldest); // as if the deletion had not reached the disk
        FileLogStore r = open(dir, small);
        assertThat(r.firstIndex()).isEqualTo(61);
        assertThat(Files.exists(segment(dir, 0))).isFalse();
        for (long i = 61; i <= 100; i++) {
            assertThat(r.getLog(i)).isEqualTo(StoreBehaviourTest.entry(i));
        }
    }

    @Test
    void suffixDeleteIsNotResurrectedByReopen() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = EXTENDING.toBuilder().segmentSize(1024).build();
        FileLogStore s = open(dir, small);
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        s.deleteRange(10, 100);
        s.close();
        FileLogStore r = open(dir, small);
        assertThat(r.lastIndex()).isEqualTo(9);
        assertThatThrownBy(() -> r.getLog(50)).isInstanceOf(LogNotFoundException.class);
        r.storeLog(Log.command(10, 7, null));
        assertThat(r.lastIndex()).isEqualTo(10);
    }
}
