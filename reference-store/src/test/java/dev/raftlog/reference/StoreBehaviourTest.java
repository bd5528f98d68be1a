package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.api.LogType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store's observable behaviour, run on each file system by a subclass. Most checks compare
 * the store with {@link InMemoryLogStore} (the model) before and after a reopen.
 */
abstract class StoreBehaviourTest {

    private final List<FileLogStore> opened = new ArrayList<>();

    /** A fresh, empty directory (it may not exist yet). */
    abstract Path freshDir() throws IOException;

    FileLogStore open(Path dir) throws IOException {
        return open(dir, FileLogStoreOptions.defaults());
    }

    FileLogStore open(Path dir, FileLogStoreOptions options) throws IOException {
        FileLogStore s = FileLogStore.open(dir, options);
        opened.add(s);
        return s;
    }

    FileLogStore reopen(FileLogStore s) throws IOException {
        s.close();
        return open(s.directory());
    }

    @AfterEach
    void closeAll() throws IOException {
        for (FileLogStore s : opened) {
            s.close();
        }
    }

    static Log entry(long index) {
        return Log.command(index, index / 3, ("entry-" + index).getBytes());
    }

    static List<Log> range(long from, long to) {
        List<Log> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(entry(i));
        }
        return out;
    }

    static void assertSame(LogStore actual, InMemoryLogStore model) throws IOException {
        assertThat(actual.firstIndex()).as("firstIndex").isEqualTo(model.firstIndex());
        assertThat(actual.lastIndex()).as("lastIndex").isEqualTo(model.lastIndex());
        long lo = Math.max(1, model.firstIndex() - 3);
        long hi = model.lastIndex() + 3;
        for (long i = lo; i <= hi; i++) {
            Log expected;
            try {
                expected = model.getLog(i);
            } catch (LogNotFoundException e) {
                long index = i;
                assertThatThrownBy(() -> actual.getLog(index)).as("getLog(%d)", i).isInstanceOf(LogNotFoundException.class);
                continue;
            }
            assertThat(actual.getLog(i)).as("getLog(%d)", i).isEqualTo(expected);
        }
    }

    @Test
    void emptyStoreHasZeroBoundsAndNothingToGet() throws IOException {
        FileLogStore s = open(freshDir());
        assertThat(s.firstIndex()).isZero();
        assertThat(s.lastIndex()).isZero();
        assertThatThrownBy(() -> s.getLog(0)).isInstanceOf(LogNotFoundException.class);
        assertThatThrownBy(() -> s.getLog(1)).isInstanceOf(LogNotFoundException.class);
        assertThatThrownBy(() -> s.getLog(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.isMonotonic()).isFalse();
    }

    @Test
    void everyFieldRoundTripsIncludingExtremeTimes() throws IOException {
        FileLogStore s = open(freshDir());
        List<Log> batch = List.of(
                new Log(7, 3, LogType.CONFIGURATION, new byte[] {1, 2, 3}, new byte[] {9}, Instant.parse("0001-01-01T00:00:00.000000001Z")),
                new Log(8, Long.MAX_VALUE, LogType.BARRIER, null, null, null),
                new Log(9, 0, LogType.NOOP, new byte[0], new byte[] {0, -1}, Instant.parse("9999-12-31T23:59:59.999999999Z")),
                new Log(10, 4, LogType.REMOVE_PEER_DEPRECATED, new byte[] {5}, null, Instant.ofEpochSecond(-5, 7)));
        s.storeLogs(batch);
        for (int round = 0; round < 2; round++) {
            FileLogStore store = round == 0 ? s : reopen(s);
            assertThat(store.firstIndex()).isEqualTo(7);
            assertThat(store.lastIndex()).isEqualTo(10);
            for (Log expected : batch) {
                assertThat(store.getLog(expected.index())).isEqualTo(expected);
            }
        }
    }

    @Test
    void storeCopiesInputAndOutput() throws IOException {
        FileLogStore s = open(freshDir());
        byte[] data = {1, 2, 3};
        s.storeLog(Log.command(1, 1, data));
        data[0] = 42;
        Log first = s.getLog(1);
        first.data()[1] = 42;
        assertThat(s.getLog(1).data()).containsExactly(1, 2, 3);
    }

    @Test
    void firstAppendMayStartAnywhereAndGapsAreNotFound() throws IOException {
        FileLogStore s = open(freshDir());
        InMemoryLogStore model = new InMemoryLogStore();
        for (LogStore t : List.of(s, model)) {
            t.storeLogs(range(100, 103));
            t.storeLogs(range(110, 111));
        }
        assertSame(s, model);
        assertThatThrownBy(() -> s.getLog(105)).isInstanceOf(LogNotFoundException.class);
        assertSame(reopen(s), model);
    }

    @Test
    void overwriteAndOutOfOrderWritesKeepExactBounds() throws IOException {
        FileLogStore s = open(freshDir());
        InMemoryLogStore model = new InMemoryLogStore();
        List<List<Log>> batches = List.of(range(5, 10), List.of(entry(3)),
                List.of(entry(20), entry(18), entry(19)),
                List.of(Log.command(7, 99, "overwritten".getBytes()), Log.command(7, 100, "twice in one batch".getBytes())),
                List.of(entry(1)));
        for (List<Log> b : batches) {
            s.storeLogs(b);
            model.storeLogs(b);
            assertSame(s, model);
        }
        assertThat(s.firstIndex()).isEqualTo(1);
        assertThat(s.getLog(7).term()).isEqualTo(100);
        assertSame(reopen(s), model);
    }

    @Test
    void batchInReverseOrderGivesLowestFirst() throws IOException {
        FileLogStore s = open(freshDir());
        s.storeLogs(List.of(entry(3), entry(1), entry(2)));
        assertThat(s.firstIndex()).isEqualTo(1);
        assertThat(s.lastIndex()).isEqualTo(3);
    }

    @Test
    void deleteShapesMatchTheModelAndSurviveReopen() throws IOException {
        long[][] deletes = {{0, 2}, {1, 5}, {48, 50}, {45, 1000}, {20, 25}, {30, 30}, {12, 11},
            {0, 0}, {Long.MAX_VALUE, Long.MAX_VALUE}, {60, Long.MAX_VALUE}, {0, Long.MAX_VALUE}};
        FileLogStore s = open(freshDir());
        InMemoryLogStore model = new InMemoryLogStore();
        s.storeLogs(range(1, 50));
        model.storeLogs(range(1, 50));
        for (long[] d : deletes) {
            s.deleteRange(d[0], d[1]);
            model.deleteRange(d[0], d[1]);
            assertSame(s, model);
            s = reopen(s);
            assertSame(s, model);
        }
        assertThat(s.firstIndex()).isZero();
        assertThat(s.lastIndex()).isZero();
        s.storeLogs(range(500, 501));
        assertThat(reopen(s).firstIndex()).isEqualTo(500);
    }

    @Test
    void suffixDeleteThenAppendReplacesTheTail() throws IOException {
        FileLogStore s = open(freshDir());
        s.storeLogs(range(1, 10));
        s.deleteRange(6, 10);
        s.storeLogs(List.of(Log.command(6, 9, "new".getBytes())));
        FileLogStore r = reopen(s);
        assertThat(r.lastIndex()).isEqualTo(6);
        assertThat(r.getLog(6).data()).isEqualTo("new".getBytes());
        assertThatThrownBy(() -> r.getLog(7)).isInstanceOf(LogNotFoundException.class);
    }

    @Test
    void invalidArgumentsAreRejectedAndChangeNothing() throws IOException {
        FileLogStore s = open(freshDir(), FileLogStoreOptions.builder().maxEntrySize(100).build());
        s.storeLogs(range(1, 3));
        assertThatThrownBy(() -> s.storeLogs(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.storeLogs(Arrays.asList(entry(4), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("logs[1]");
        assertThatThrownBy(() -> s.storeLogs(List.of(entry(4), Log.command(5, 1, new byte[101]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntrySize");
        assertThatThrownBy(() -> s.deleteRange(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.deleteRange(1, -3)).isInstanceOf(IllegalArgumentException.class);
        s.storeLogs(List.of());
        s.storeLog(Log.command(4, 1, new byte[100]));
        FileLogStore r = reopen(s);
        assertThat(r.lastIndex()).isEqualTo(4);
        assertThat(r.size()).isEqualTo(4);
    }

    @Test
    void oversizeEntryWritesNoByte() throws IOException {
        Path dir = freshDir();
        FileLogStore s = open(dir, FileLogStoreOptions.builder().maxEntrySize(10).build());
        s.storeLogs(range(1, 2));
        long before = directoryBytes(dir);
        assertThatThrownBy(() -> s.storeLog(Log.command(3, 1, new byte[11]))).isInstanceOf(IllegalArgumentException.class);
        assertThat(directoryBytes(dir)).isEqualTo(before);
        assertThat(s.lastIndex()).isEqualTo(2);
    }

    @Test
    void largeEntriesUpToTheDefaultLimit() throws IOException {
        FileLogStore s = open(freshDir());
        byte[] big = new byte[FileLogStoreOptions.DEFAULT_MAX_ENTRY_SIZE];
        new Random(1).nextBytes(big);
        s.storeLog(Log.command(1, 1, big));
        assertThat(reopen(s).getLog(1).data()).isEqualTo(big);
    }

    @Test
    void rotationAndPrefixDeletesDropWholeSegments() throws IOException {
        Path dir = freshDir();
        FileLogStoreOptions small = FileLogStoreOptions.builder().segmentSize(2048).build();
        FileLogStore s = open(dir, small);
        InMemoryLogStore model = new InMemoryLogStore();
        for (long i = 1; i <= 400; i += 4) {
            s.storeLogs(range(i, i + 3));
            model.storeLogs(range(i, i + 3));
        }
        int before = segmentFiles(dir);
        assertThat(before).isGreaterThan(10);
        s.deleteRange(0, 300);
        model.deleteRange(0, 300);
        assertThat(segmentFiles(dir)).isLessThanOrEqualTo(before / 2);
        assertThat(s.segmentCount()).isEqualTo(segmentFiles(dir));
        assertSame(s, model);
        s.close();
        s = open(dir, small);
        assertSame(s, model);
        s.storeLogs(range(401, 410));
        model.storeLogs(range(401, 410));
        assertSame(s, model);
    }

    @Test
    void randomOperationsMatchTheModelAcrossReopens() throws IOException {
        Random random = new Random(42);
        Path dir = freshDir();
        FileLogStoreOptions small = FileLogStoreOptions.builder().segmentSize(4096).build();
        FileLogStore s = open(dir, small);
        InMemoryLogStore model = new InMemoryLogStore();
        for (int step = 0; step < 300; step++) {
            int op = random.nextInt(10);
            if (op < 6) {
                long start = 1 + random.nextInt(200);
                List<Log> batch = new ArrayList<>();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    batch.add(Log.command(random.nextBoolean() ? start++ : 1 + random.nextInt(200), step, new byte[random.nextInt(300)]));
                }
                s.storeLogs(batch);
                model.storeLogs(batch);
            } else if (op < 9) {
                long a = random.nextInt(210);
                long b = a + random.nextInt(60) - 10;
                s.deleteRange(a, Math.max(0, b));
                model.deleteRange(a, Math.max(0, b));
            } else {
                s.close();
                s = open(dir, small);
            }
            assertThat(s.firstIndex()).as("step %d first", step).isEqualTo(model.firstIndex());
            assertThat(s.lastIndex()).as("step %d last", step).isEqualTo(model.lastIndex());
        }
        assertSame(s, model);
        s.close();
        assertSame(open(dir, small), model);
    }

    @Test
    void secondOpenOfTheSameDirectoryFails() throws IOException {
        Path dir = freshDir();
        FileLogStore s = open(dir);
        assertThatThrownBy(() -> FileLogStore.open(dir)).isInstanceOf(StoreLockedException.class)
                .hasMessageContaining("already open");
        s.close();
        assertThat(open(dir).lastIndex()).isZero();
    }

    @Test
    void closedStoreRefusesCalls() throws IOException {
        FileLogStore s = open(freshDir());
        s.close();
        s.close();
        assertThatThrownBy(() -> s.storeLog(entry(1))).isInstanceOf(IOException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> s.getLog(1)).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path p : (Iterable<Path>) files::iterator) {
                total += Files.size(p);
            }
            return total;
        }
    }

    static int segmentFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(Segment.SUFFIX)).count();
        }
    }
}
