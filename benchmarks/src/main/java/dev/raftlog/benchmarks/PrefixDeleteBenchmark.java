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
 * A durable prefix delete of half of a 1M-entry log ({@code deleteRange(0, 500000)}). Each
 * iteration starts from a fresh copy of the filled log, opened before the timed call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrefixDeleteBenchmark {

    @Param({"rocksdb", "reference"})
    public String target;

    private Path template;
    private Path work;
    private LogStore store;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        template = target.equals("reference")
                ? BenchFiles.filledReferenceStore(RandomReadBenchmark.ENTRIES, 1024)
                : BenchFiles.filledRocksDb(RandomReadBenchmark.ENTRIES, 1024);
    }

    @Setup(Level.Iteration)
    public void copy() throws IOException {
        work = BenchFiles.freshDir("prefix-" + target);
        BenchFiles.copyRecursively(template, work);
        store = target.equals("reference") ? FileLogStore.open(work) : RocksDbLogStore.open(work, true);
    }

    @Benchmark
    public void deleteHalf() throws IOException {
        store.deleteRange(0, RandomReadBenchmark.ENTRIES / 2);
    }

    @TearDown(Level.Iteration)
    public void dropCopy() throws IOException {
        store.close();
        BenchFiles.deleteRecursively(work);
    }

    @TearDown(Level.Trial)
    public void dropTemplate() throws IOException {
        BenchFiles.deleteRecursively(template);
    }
}
