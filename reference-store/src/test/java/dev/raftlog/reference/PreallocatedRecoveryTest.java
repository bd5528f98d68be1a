package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery of preallocated segments (DESIGN.md section 9): a zero length ends the log only if
 * nothing but zeros follows; torn bytes are overwritten with zeros, not truncated; zeros in
 * acknowledged data are still reported; sealed segments end where their log ends.
 */
abstract class PreallocatedRecoveryTest {

    private static final FileLogStoreOptions PREALLOCATING = FileLogStoreOptions.builder().preallocate(true).build();

    private final List<FileLogStore> opened = new ArrayList<>();

    abstract Path freshDir() throws IOException;

    @AfterEach
    void closeAll() throws IOException {
        for (FileLogStore s : opened) {
            s.close();
        }
    }

    private FileLogStore open(Path dir, FileLogStoreOptions options) throws IOException {
        FileLogStore s = FileLogStore.open(dir, options);
        opened.add(s);
        return s;
    }

    private FileLogStore open(Path dir) throws IOException {
        return open(dir, PREALLOCATING);
    }

    private static Path segment(Path dir, long seq) {
        return dir.resolve(Segment.fileName(seq));
    }

    /** Bytes of the batch of entries {@code from..to} as the store encodes it. */
    private static long batchBytes(long from, long to) {
        long n = RecordFormat.COMMIT_FRAME;
        for (long i = from; i <= to; i++) {
            n += RecordFormat.entryFrameSize(StoreBehaviourTest.entry(i));
        }
        return n;
    }

    /**
     * Stores 1..3, 4..5 and 6..8 and then "crashes": closes and erases the end mark that close
     * wrote, leaving what a process killed after the third batch leaves. Returns the end of the
     * log after each batch.
     */
    private long[] threeBatches(Path dir) throws IOException {
        long[] ends = threeBatchesClosedCleanly(dir);
        write(segment(dir, 0), ends[2], new byte[EndMark.encode(ends[2]).remaining()]);
        return ends;
    }

    private long[] threeBatchesClosedCleanly(Path dir) throws IOException {
        FileLogStore s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        s.storeLogs(StoreBehaviourTest.range(4, 5));
        s.storeLogs(StoreBehaviourTest.range(6, 8));
        s.close();
        long first = Segment.HEADER_SIZE + batchBytes(1, 3);
        long second = first + batchBytes(4, 5);
        return new long[] {first, second, second + batchBytes(6, 8)};
    }

    /** Where the log of segment {@code seq} ends when batches of 5 entries from 1 rotate at {@code segmentSize}. */
    private static long endOfSegment(long seq, long segmentSize) {
        long current = 0;
        long size = Segment.HEADER_SIZE;
        for (long i = 1; ; i += 5) {
            long b = batchBytes(i, i + 4);
            if (size != Segment.HEADER_SIZE && size + b > segmentSize) {
                if (current == seq) {
                    return size;
                }
                current++;
                size = Segment.HEADER_SIZE;
            }
            size += b;
        }
    }

    private static void write(Path file, long offset, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            Segment.writeFully(ch, ByteBuffer.wrap(bytes), offset);
        }
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7 | 1);
        }
        return b;
    }

    private static void assertOnlyZerosFrom(Path file, long from) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] tail = Arrays.copyOfRange(all, (int) from, all.length);
        assertThat(tail).as("bytes after the end of the log").containsOnly((byte) 0);
    }

    /** The recovered store holds exactly 1..5, and appends after it survive a reopen. */
    private void assertHoldsOneToFiveAndAppends(Path dir, FileLogStore s) throws IOException {
        assertThat(s.firstIndex()).isEqualTo(1);
        assertThat(s.lastIndex()).isEqualTo(5);
        for (long i = 1; i <= 5; i++) {
            assertThat(s.getLog(i)).isEqualTo(StoreBehaviourTest.entry(i));
        }
        assertThatThrownBy(() -> s.getLog(6)).isInstanceOf(LogNotFoundException.class);
        s.storeLog(StoreBehaviourTest.entry(6));
        s.close();
        FileLogStore r = open(dir);
        assertThat(r.truncatedAtOpen()).isZero();
        assertThat(r.getLog(6)).isEqualTo(StoreBehaviourTest.entry(6));
        assertThat(r.lastIndex()).isEqualTo(6);
    }

    @Test
    void batchesOverwriteZerosAndTheFileKeepsItsSize() throws IOException {
        Path dir = freshDir();
        FileLogStore s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        long size = Files.size(segment(dir, 0));
        assertThat(size).as("header + 64 KiB of zeros, to a whole page")
                .isEqualTo((Segment.HEADER_SIZE + Segment.FIRST_PREALLOCATION + 4095) / 4096 * 4096);
        s.storeLogs(StoreBehaviourTest.range(4, 5));
        assertThat(Files.size(segment(dir, 0))).isEqualTo(size);
        long end = Segment.HEADER_SIZE + batchBytes(1, 3) + batchBytes(4, 5);
        assertOnlyZerosFrom(segment(dir, 0), end);
        s.close();
        FileLogStore r = open(dir);
        assertThat(r.truncatedAtOpen()).isZero();
        assertHoldsOneToFiveAndAppends(dir, r);
    }

    @Test
    void tornBatchFollowedByZerosIsCutWithZeros() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatches(dir);
        long size = Files.size(segment(dir, 0));
        long half = (ends[1] + ends[2]) / 2;
        write(segment(dir, 0), half, new byte[(int) (ends[2] - half)]); // second half of batch 3 never reached the disk
        FileLogStore s = open(dir);
        assertThat(s.truncatedAtOpen()).as("up to the last byte other than zero").isPositive().isLessThanOrEqualTo(half - ends[1]);
        assertThat(Files.size(segment(dir, 0))).as("zeroed, not truncated").isEqualTo(size);
        assertOnlyZerosFrom(segment(dir, 0), ends[1]);
        assertHoldsOneToFiveAndAppends(dir, s);
    }

    @Test
    void zerosThenGarbageAreCutWithZeros() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatches(dir);
        long half = (ends[1] + ends[2]) / 2;
        write(segment(dir, 0), ends[1], new byte[(int) (half - ends[1])]); // first half of batch 3 lost, its commit frame kept
        write(segment(dir, 0), ends[2] + 1000, garbage(300));                // and old garbage further on
        FileLogStore s = open(dir);
        assertThat(s.truncatedAtOpen()).isEqualTo(ends[2] + 1300 - ends[1]);
        assertOnlyZerosFrom(segment(dir, 0), ends[1]);
        assertHoldsOneToFiveAndAppends(dir, s);
    }

    @Test
    void interruptedZeroingIsFinishedOnTheNextOpen() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatches(dir);
        write(segment(dir, 0), ends[1], garbage((int) (ends[2] - ends[1]))); // batch 3 torn into garbage
        long third = (ends[2] - ends[1]) / 3;
        write(segment(dir, 0), ends[1] + third, new byte[(int) third]);      // a crash kept only the middle of the zeroing
        FileLogStore s = open(dir);
        assertThat(s.truncatedAtOpen()).isEqualTo(ends[2] - ends[1]);
        assertOnlyZerosFrom(segment(dir, 0), ends[1]);
        assertHoldsOneToFiveAndAppends(dir, s);
    }

    @Test
    void zerosInsideAnAcknowledgedBatchFollowedByALaterCommitAreReported() throws IOException {
        Path dir = freshDir();
        threeBatches(dir);
        write(segment(dir, 0), Segment.HEADER_SIZE + 20, new byte[40]);
        assertThatThrownBy(() -> open(dir)).isInstanceOfSatisfying(CorruptLogException.class, e -> {
            assertThat(e.file()).isEqualTo(segment(dir, 0));
            assertThat(e.offset()).isEqualTo(Segment.HEADER_SIZE);
        });
    }

    @Test
    void aZeroedBatchAtABatchBoundaryFollowedByALaterCommitIsReported() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatches(dir);
        byte[] before = Files.readAllBytes(segment(dir, 0));
        write(segment(dir, 0), ends[0], new byte[(int) (ends[1] - ends[0])]); // batch 2 zeroed whole: its length reads 0
        assertThatThrownBy(() -> open(dir)).isInstanceOfSatisfying(CorruptLogException.class, e -> {
            assertThat(e.file()).isEqualTo(segment(dir, 0));
            assertThat(e.offset()).isEqualTo(ends[0]);
        });
        byte[] after = Files.readAllBytes(segment(dir, 0));
        assertThat(Arrays.copyOfRange(after, (int) ends[1], after.length))
                .as("acknowledged batch 3 left in place").isEqualTo(Arrays.copyOfRange(before, (int) ends[1], before.length));
    }

    @Test
    void sealedSegmentsEndWhereTheirLogEndsAndZerosThereAreReported() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = PREALLOCATING.toBuilder().segmentSize(1024).build();
        FileLogStore s = open(dir, small);
        for (long i = 1; i <= 100; i += 5) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 4));
        }
        long sealed = Files.size(segment(dir, 1));
        assertThat(sealed).as("segment 1 cut to its log").isEqualTo(endOfSegment(1, 1024));
        s.close();
        FileLogStore r = open(dir, small);
        assertThat(r.lastIndex()).isEqualTo(100);
        r.close();
        write(segment(dir, 1), sealed, new byte[4096]);
        assertThatThrownBy(() -> open(dir, small)).isInstanceOfSatisfying(CorruptLogException.class, e -> {
            assertThat(e.file()).isEqualTo(segment(dir, 1));
            assertThat(e.offset()).isEqualTo(sealed);
        });
    }

    @Test
    void damageInTheLastBatchAfterACleanCloseIsReported() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatchesClosedCleanly(dir);
        write(segment(dir, 0), (ends[1] + ends[2]) / 2, new byte[(int) (ends[2] - (ends[1] + ends[2]) / 2) + 30]);
        assertThatThrownBy(() -> open(dir)).isInstanceOfSatisfying(CorruptLogException.class, e -> {
            assertThat(e.file()).isEqualTo(segment(dir, 0));
            assertThat(e.offset()).isBetween(ends[1], ends[2]);
        });
    }

    @Test
    void aTornEndMarkIsCutAndLosesNothing() throws IOException {
        Path dir = freshDir();
        long[] ends = threeBatchesClosedCleanly(dir);
        int mark = EndMark.encode(ends[2]).remaining();
        assertThat(mark).as("reaches into the next page").isGreaterThan((int) (EndMark.PAGE - ends[2] % EndMark.PAGE));
        write(segment(dir, 0), ends[2], new byte[mark / 2]); // its first half never reached the disk
        FileLogStore s = open(dir);
        assertThat(s.truncatedAtOpen()).isPositive();
        assertThat(s.lastIndex()).isEqualTo(8);
        for (long i = 1; i <= 8; i++) {
            assertThat(s.getLog(i)).isEqualTo(StoreBehaviourTest.entry(i));
        }
        assertOnlyZerosFrom(segment(dir, 0), ends[2]);
    }

    @Test
    void aStoreOpensWithEitherSettingWhateverWroteIt() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions extending = PREALLOCATING.toBuilder().preallocate(false).build();
        FileLogStore s = open(dir, extending);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        s.close();
        s = open(dir);
        s.storeLogs(StoreBehaviourTest.range(4, 5));
        assertThat(Files.size(segment(dir, 0))).isGreaterThan(Segment.HEADER_SIZE + batchBytes(1, 3) + batchBytes(4, 5));
        s.close();
        FileLogStore r = open(dir, extending);
        assertThat(r.truncatedAtOpen()).isZero();
        long end = Segment.HEADER_SIZE + batchBytes(1, 3) + batchBytes(4, 5);
        assertThat(Files.size(segment(dir, 0))).as("zero tail after the end mark cut off")
                .isEqualTo(end + EndMark.encode(end).remaining());
        for (long i = 1; i <= 5; i++) {
            assertThat(r.getLog(i)).isEqualTo(StoreBehaviourTest.entry(i));
        }
    }
}
