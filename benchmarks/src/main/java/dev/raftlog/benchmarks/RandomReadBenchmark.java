package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm, single-threaded random {@code getLog} in a log of 1M entries of 1 KiB: over all of it
 * ({@code span} = 1000000, the target workload) and over its first 10 000 entries (10 MiB, mostly
 * in CPU caches), which separates the store's own cost from memory and TLB misses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RandomReadBenchmark {
    static final int ENTRIES = 1_000_000;

    @Param({"rocksdb", "reference"})
    public String target;

    @Param({"1000000", "10000"})
    public int span;

    private Path dir;
    private LogStore store;
    private final SplittableRandom random = new SplittableRandom(5);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (target.equals("reference")) {
            dir = BenchFiles.filledReferenceStore(ENTRIES, 1024);
            FileLogStore s = FileLogStore.open(dir);
            System.out.printf("%n[index] %d entries, %d bytes of index, %.2f bytes/entry%n",
                    s.size(), s.indexHeapBytes(), (double) s.indexHeapBytes() / s.size());
            store = s;
        } else {
            dir = BenchFiles.filledRocksDb(ENTRIES, 1024);
            store = RocksDbLogStore.open(dir, true);
        }
    }

    @Benchmark
    public Log getLog() throws IOException {
        return store.getLog(1 + random.nextInt(span));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        BenchFiles.deleteRecursively(dir);
    }
}
