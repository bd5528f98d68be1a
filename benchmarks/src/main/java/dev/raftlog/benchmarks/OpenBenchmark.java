package dev.raftlog.benchmarks;

import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import java.io.IOException;
import java.nio.file.Path;
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
 * Open (recovery) of a log of 1M entries of 1 KiB, then {@code lastIndex}: the reference store
 * scans and checksums every record; RocksDB opens its files (the fill was flushed at close).
 * Page cache warm: the log was just written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenBenchmark {

    @Param({"rocksdb", "reference"})
    public String target;

    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = target.equals("reference")
                ? BenchFiles.filledReferenceStore(RandomReadBenchmark.ENTRIES, 1024)
                : BenchFiles.filledRocksDb(RandomReadBenchmark.ENTRIES, 1024);
    }

    @Benchmark
    public long openAndClose() throws IOException {
        try (LogStore s = target.equals("reference") ? FileLogStore.open(dir) : RocksDbLogStore.open(dir, true)) {
            return s.lastIndex();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchFiles.deleteRecursively(dir);
    }
}
