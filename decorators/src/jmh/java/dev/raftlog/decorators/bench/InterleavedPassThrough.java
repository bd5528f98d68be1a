package dev.raftlog.decorators.bench;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.Faults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A/B check of the pass-through cost that survives a noisy, shared machine: plain, hand-written
 * delegate and wrapped stores are timed in alternating short slices in one JVM, so load changes
 * hit all three alike, and the ratio is taken per round. Each variant has its own loop method so
 * every call site stays monomorphic (as it is in a real program using one store).
 *
 * <p>Run: {@code java -cp <test classpath> dev.raftlog.decorators.bench.InterleavedPassThrough [rounds]}
 * (see the module README). Prints the median throughput of each variant and the median per-round
 * ratio to plain.
 */
public final class InterleavedPassThrough {

    private static final int ENTRIES = 1024;
    private static final int OPS = 2_000_000;

    private InterleavedPassThrough() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        LogStore plain = filled(new InMemoryLogStore());
        LogStore delegate = filled(new PassThroughBenchmark.HandWrittenDelegate(new InMemoryLogStore()));
        LogStore wrapped = filled(Faults.wrap(new InMemoryLogStore()).build());
        List<Double> p = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        List<Double> dRatio = new ArrayList<>();
        List<Double> wRatio = new ArrayList<>();
        long sink = 0;
        for (int r = -10; r < rounds; r++) { // the first 10 rounds are warm-up
            long t0 = System.nanoTime();
            sink += loopPlain(plain);
            long t1 = System.nanoTime();
            sink += loopDelegate(delegate);
            long t2 = System.nanoTime();
            sink += loopWrapped(wrapped);
            long t3 = System.nanoTime();
            if (r >= 0) {
                double op = OPS * 1e3 / (t1 - t0);
                double od = OPS * 1e3 / (t2 - t1);
                double ow = OPS * 1e3 / (t3 - t2);
                p.add(op);
                d.add(od);
                w.add(ow);
                dRatio.add(od / op);
                wRatio.add(ow / op);
            }
        }
        System.out.printf("getLog+lastIndex pairs, ops/us (median of %d rounds): plain %.2f, delegate %.2f, wrapped %.2f%n",
                rounds, median(p), median(d), median(w));
        System.out.printf("median per-round throughput ratio to plain: delegate %.3f, wrapped %.3f (sink %d)%n",
                median(dRatio), median(wRatio), sink);
    }

    private static LogStore filled(LogStore s) throws IOException {
        for (int i = 1; i <= ENTRIES; i++) {
            s.storeLog(Log.command(i, 1, new byte[64]));
        }
        return s;
    }

    private static long loopPlain(LogStore s) throws IOException {
        long acc = 0;
        for (int i = 0; i < OPS; i++) {
            acc += s.getLog(i % ENTRIES + 1).term() + s.lastIndex();
        }
        return acc;
    }

    private static long loopDelegate(LogStore s) throws IOException {
        long acc = 0;
        for (int i = 0; i < OPS; i++) {
            acc += s.getLog(i % ENTRIES + 1).term() + s.lastIndex();
        }
        return acc;
    }

    private static long loopWrapped(LogStore s) throws IOException {
        long acc = 0;
        for (int i = 0; i < OPS; i++) {
            acc += s.getLog(i % ENTRIES + 1).term() + s.lastIndex();
        }
        return acc;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
