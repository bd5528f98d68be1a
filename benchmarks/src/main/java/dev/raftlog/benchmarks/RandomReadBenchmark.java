package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import dev.raftlog.reference.FileLogStoreOptions;
import java.io.IOException;
import java.nio.file.Files;
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
 * in CPU caches), which separates the store's own cost from memory and TLB misses. Target
 * {@code physical} is the limit of this machine for the same reads: the same segment files
 * memory-mapped, each read only checksums the record where it lies and copies its payload out
 * ({@link MappedRecords}). The {@code -pread} variants read with positional reads instead of
 * the memory mapping (the store with {@code mapSealedSegments(false)}), to compare the two ways
 * of reading a page-cache-resident file on this machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RandomReadBenchmark {
    static final int ENTRIES = 1_000_000;
    private static final String KEEP = "bench.readStore";

    @Param({"rocksdb", "reference", "physical", "reference-pread", "physical-pread"})
    public String target;

    @Param({"1000000", "10000"})
    public int span;

    private Path dir;
    private LogStore store;
    private MappedRecords physical;
    private final SplittableRandom random = new SplittableRandom(5);

    private boolean pread;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pread = target.endsWith("-pread");
        if (target.startsWith("reference")) {
            dir = referenceData();
            FileLogStore s = FileLogStore.open(dir, FileLogStoreOptions.builder().mapSealedSegments(!pread).build());
            System.out.printf("%n[index] %d entries, %d bytes of index, %.2f bytes/entry%n",
                    s.size(), s.indexHeapBytes(), (double) s.indexHeapBytes() / s.size());
            store = s;
        } else if (target.startsWith("physical")) {
            dir = referenceData();
            physical = MappedRecords.open(dir, ENTRIES);
        } else {
            dir = BenchFiles.filledRocksDb(ENTRIES, 1024);
            store = RocksDbLogStore.open(dir, true);
        }
    }

    @Benchmark
    public Object getLog() throws IOException {
        long index = 1 + random.nextInt(span);
        if (physical == null) {
            return store.getLog(index);
        }
        return pread ? physical.pread(index) : physical.read(index);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (store != null) {
            store.close();
        }
        if (physical != null) {
            physical.close();
            physical = null;
        }
        if (System.getProperty(KEEP) == null) {
            BenchFiles.deleteRecursively(dir);
        }
    }

    /**
     * The 1M x 1 KiB reference log: fresh, or with {@code -Dbench.readStore=<dir>} (pass it with
     * {@code -jvmArgsAppend}) filled once into that directory and kept, so that A/B runs of
     * different store builds read the very same files.
     */
    static Path referenceData() throws IOException {
        String keep = System.getProperty(KEEP);
        if (keep == null) {
            return BenchFiles.filledReferenceStore(ENTRIES, 1024);
        }
        Path dir = Path.of(keep);
        if (!Files.exists(dir.resolve("COMPLETE"))) {
            BenchFiles.deleteRecursively(dir);
            Files.createDirectories(dir);
            try (FileLogStore s = FileLogStore.open(dir)) {
                BenchFiles.fill(s, ENTRIES, 1024);
            }
            Files.createFile(dir.resolve("COMPLETE"));
        }
        return dir;
    }
}
