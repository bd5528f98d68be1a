package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
 * Synchronous batch appends, one operation = one durable batch: the physical limit (one
 * positional write of the batch's framed bytes + one {@code force}), RocksDB (WAL, sync=true,
 * one WriteBatch) and the reference store ({@code storeLogs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SyncAppendBenchmark {

    /** "entries x bytes" per batch. */
    @Param({"64x1024", "1x4096"})
    public String workload;

    @Param({"raw", "rocksdb", "reference"})
    public String target;

    private Path dir;
    private int entries;
    private byte[] payload;
    private long next;
    private LogStore store;
    private FileChannel raw;
    private ByteBuffer rawBatch;
    private long rawPosition;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String[] parts = workload.split("x");
        entries = Integer.parseInt(parts[0]);
        int size = Integer.parseInt(parts[1]);
        payload = BenchFiles.payload(size, 2);
        dir = BenchFiles.freshDir("append-" + target);
        next = 1;
        switch (target) {
            case "raw" -> {
                raw = FileChannel.open(dir.resolve("raw.log"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                // Exactly as many bytes as the reference store writes for this batch, frames and commit included.
                rawBatch = ByteBuffer.allocateDirect(entries * (BenchFiles.FRAME_OVERHEAD + size) + BenchFiles.COMMIT_FRAME);
                rawBatch.put(BenchFiles.payload(rawBatch.capacity(), 3)).flip();
            }
            case "rocksdb" -> store = RocksDbLogStore.open(dir, true);
            case "reference" -> store = FileLogStore.open(dir);
            default -> throw new IllegalArgumentException(target);
        }
    }

    @Benchmark
    public void appendBatch() throws IOException {
        if (raw != null) {
            rawBatch.rewind();
            while (rawBatch.hasRemaining()) {
                rawPosition += raw.write(rawBatch, rawPosition);
            }
            raw.force(false);
            return;
        }
        List<Log> batch = BenchFiles.batch(next, entries, payload);
        next += entries;
        store.storeLogs(batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (raw != null) {
            raw.close();
        }
        if (store != null) {
            store.close();
        }
        BenchFiles.deleteRecursively(dir);
    }
}
