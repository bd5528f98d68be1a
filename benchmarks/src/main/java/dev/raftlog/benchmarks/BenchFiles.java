package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Directories, entries and pre-filled logs shared by the benchmarks. */
final class BenchFiles {
    /** Bytes of the framed record of a Log with {@code payload} bytes of data in the reference store. */
    static final int FRAME_OVERHEAD = 8 + 39;
    static final int COMMIT_FRAME = 21;

    private BenchFiles() {
    }

    /** A fresh directory under {@code -Dbench.dir} (default {@code target/bench-data}), on a real disk. */
    static Path freshDir(String name) throws IOException {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-data"));
        Files.createDirectories(root);
        return Files.createTempDirectory(root, name + "-");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static byte[] payload(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static List<Log> batch(long firstIndex, int count, byte[] payload) {
        List<Log> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Log.command(firstIndex + i, 1, payload));
        }
        return out;
    }

    /** Fills {@code store} with entries 1..n of {@code size} bytes, in batches of 1000. */
    static void fill(LogStore store, int n, int size) throws IOException {
        byte[] payload = payload(size, 1);
        for (long i = 1; i <= n; i += 1000) {
            store.storeLogs(batch(i, (int) Math.min(1000, n - i + 1), payload));
        }
    }

    static Path filledReferenceStore(int n, int size) throws IOException {
        Path dir = freshDir("reference-" + n);
        try (FileLogStore s = FileLogStore.open(dir)) {
            fill(s, n, size);
        }
        return dir;
    }

    static Path filledRocksDb(int n, int size) throws IOException {
        Path dir = freshDir("rocksdb-" + n);
        try (RocksDbLogStore s = RocksDbLogStore.open(dir, false)) {
            fill(s, n, size);
        }
        return dir;
    }
}
