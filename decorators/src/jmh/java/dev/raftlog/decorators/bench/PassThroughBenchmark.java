package dev.raftlog.decorators.bench;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.Faults;
import java.io.Flushable;
import java.io.IOException;
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

/**
 * What a wrapper costs when it injects nothing: InMemoryLogStore called directly ({@code plain}),
 * through a wrapper with nothing configured ({@code wrapped}; InMemoryLogStore is final, so this
 * is the plain chain), through a hand-written one-line delegate ({@code delegate}, the floor
 * for any wrapper), through a generated subclass wrapper of a non-final store
 * ({@code subclass}), and with recording on ({@code recording}, capacity 10 million calls, so
 * an iteration of about a second records every call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassThroughBenchmark {

    private static final int ENTRIES = 1024;

    /** A non-final store with an extra interface, so the wrapper is a generated subclass. */
    public static class OpenStore implements LogStore, Flushable {
        private final InMemoryLogStore inner = new InMemoryLogStore();

        @Override public long firstIndex() { return inner.firstIndex(); }
        @Override public long lastIndex() { return inner.lastIndex(); }
        @Override public Log getLog(long index) throws IOException { return inner.getLog(index); }
        @Override public void storeLogs(List<Log> logs) { inner.storeLogs(logs); }
        @Override public void deleteRange(long min, long max) { inner.deleteRange(min, max); }
        @Override public void flush() { }
    }

    /** The cheapest possible wrapper, written by hand: the floor any decorator is measured against. */
    public static final class HandWrittenDelegate implements LogStore {
        private final LogStore inner;

        HandWrittenDelegate(LogStore inner) {
            this.inner = inner;
        }

        @Override public long firstIndex() throws IOException { return inner.firstIndex(); }
        @Override public long lastIndex() throws IOException { return inner.lastIndex(); }
        @Override public Log getLog(long index) throws IOException { return inner.getLog(index); }
        @Override public void storeLog(Log log) throws IOException { inner.storeLog(log); }
        @Override public void storeLogs(List<Log> logs) throws IOException { inner.storeLogs(logs); }
        @Override public void deleteRange(long min, long max) throws IOException { inner.deleteRange(min, max); }
    }

    @Param({"plain", "delegate", "wrapped", "subclass", "recording"})
    public String variant;

    private LogStore store;
    private long next;
    private final byte[] payload = new byte[64];

    /** Fresh store every iteration, so the recorder is measured while filling, not past its capacity. */
    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        store = switch (variant) {
            case "plain" -> new InMemoryLogStore();
            case "delegate" -> new HandWrittenDelegate(new InMemoryLogStore());
            case "wrapped" -> Faults.wrap(new InMemoryLogStore()).build();
            case "subclass" -> Faults.wrap(new OpenStore()).build();
            case "recording" -> Faults.wrap(new InMemoryLogStore()).recording(10_000_000).build();
            default -> throw new IllegalArgumentException(variant);
        };
        for (int i = 1; i <= ENTRIES; i++) {
            store.storeLog(Log.command(i, 1, payload));
        }
    }

    private long nextIndex() {
        next = next % ENTRIES + 1;
        return next;
    }

    @Benchmark
    public Log getLog() throws IOException {
        return store.getLog(nextIndex());
    }

    @Benchmark
    public void storeLog() throws IOException {
        store.storeLog(Log.command(nextIndex(), 2, payload));
    }

    @Benchmark
    public long lastIndex() throws IOException {
        return store.lastIndex();
    }
}
