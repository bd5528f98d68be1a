package dev.raftlog.benchmarks;

import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import dev.raftlog.reference.FileLogStoreOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sync-append throughput of raw / RocksDB / reference, measured in short interleaved slices
 * (round robin, rotating the order each round) so that the noise of a shared disk hits all three
 * alike; prints the median batches/s per target and the ratios. A complement to
 * {@link SyncAppendBenchmark}, whose targets run minutes apart.
 *
 * <p>Arguments: rounds (default 10), seconds per slice (default 2), targets (default
 * "raw,rocksdb,reference"; "raw" must be among them), workloads (default "64x1024,1x4096").
 * Besides the three targets, two variants of the physical limit separate what a file's growth
 * costs at each fdatasync:
 * <ul>
 *   <li>{@code raw-prealloc}: the file is written with zeros once (64 MiB, fsynced) and then
 *       overwritten in place, wrapping around at its end: no fdatasync changes the file's size or
 *       allocates blocks (what a store with preallocated segments would do);
 *   <li>{@code raw-keepsize}: the file's blocks are reserved with {@code fallocate --keep-size}
 *       (util-linux; 1 GiB) and then appended to as by {@code raw}: blocks are allocated ahead
 *       but every fdatasync still commits a new file size (what RocksDB does with its WAL by
 *       default: {@code allow_fallocate}, {@code fallocate_with_keep_size}).
 * </ul>
 * and {@code rocksdb-recycle} is RocksDB with {@code recycle_log_file_num = 4} (old WAL files
 * are reused, so once the first ones are recycled its appends overwrite in place).
 */
public final class InterleavedAppendComparison {

    private interface Appender extends AutoCloseable {
        void append() throws IOException;

        @Override
        void close() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        List<String> targets = List.of((args.length > 2 ? args[2] : "raw,rocksdb,reference").split(","));
        for (String workload : (args.length > 3 ? args[3] : "64x1024,1x4096").split(",")) {
            String[] parts = workload.split("x");
            int entries = Integer.parseInt(parts[0]);
            int size = Integer.parseInt(parts[1]);
            Map<String, Path> dirs = new LinkedHashMap<>();
            Map<String, Appender> appenders = new LinkedHashMap<>();
            for (String target : targets) {
                Path dir = BenchFiles.freshDir("interleaved-" + target);
                dirs.put(target, dir);
                appenders.put(target, appender(target, dir, entries, size));
            }
            Map<String, double[]> rates = new LinkedHashMap<>();
            appenders.keySet().forEach(t -> rates.put(t, new double[rounds]));
            List<String> order = new ArrayList<>(appenders.keySet());
            for (String t : order) {
                run(appenders.get(t), 0.5); // warm-up
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < order.size(); k++) {
                    String t = order.get((r + k) % order.size());
                    rates.get(t)[r] = run(appenders.get(t), seconds);
                }
            }
            double rawMedian = median(rates.get("raw"));
            System.out.printf("%nworkload %s, %d rounds x %.1f s per target, median batches/s:%n", workload, rounds, seconds);
            for (Map.Entry<String, double[]> e : rates.entrySet()) {
                double m = median(e.getValue());
                System.out.printf("  %-10s %8.1f  (%.2fx raw)  all: %s%n", e.getKey(), m, m / rawMedian, Arrays.toString(round(e.getValue())));
            }
            // Paired ratios: the targets of one round ran within seconds of each other, so dividing
            // within a round cancels most of the drift of a shared disk; the median of those is the
            // most robust ratio this machine can give.
            System.out.print("  median of per-round ratios:");
            for (String t : rates.keySet()) {
                if (!t.equals("raw")) {
                    System.out.printf(" %s/raw %.2f", t, pairedMedian(rates.get(t), rates.get("raw")));
                }
            }
            if (rates.containsKey("reference") && rates.containsKey("rocksdb")) {
                System.out.printf(", reference/rocksdb %.2f", pairedMedian(rates.get("reference"), rates.get("rocksdb")));
            }
            if (rates.containsKey("reference") && rates.containsKey("reference-extending")) {
                System.out.printf(", reference/reference-extending %.2f",
                        pairedMedian(rates.get("reference"), rates.get("reference-extending")));
            }
            System.out.println();
            System.out.print("  rounds won (of " + rounds + "):");
            for (String t : rates.keySet()) {
                if (!t.equals("raw")) {
                    System.out.printf(" %s>raw %d", t, roundsWon(rates.get(t), rates.get("raw")));
                }
            }
            if (rates.containsKey("reference") && rates.containsKey("rocksdb")) {
                System.out.printf(", reference>rocksdb %d", roundsWon(rates.get("reference"), rates.get("rocksdb")));
            }
            if (rates.containsKey("reference") && rates.containsKey("reference-extending")) {
                System.out.printf(", reference>reference-extending %d",
                        roundsWon(rates.get("reference"), rates.get("reference-extending")));
            }
            System.out.println();
            for (Appender a : appenders.values()) {
                a.close();
            }
            for (Path d : dirs.values()) {
                BenchFiles.deleteRecursively(d);
            }
        }
    }

    /** Rounds in which {@code a} was faster than {@code b}. */
    private static int roundsWon(double[] a, double[] b) {
        int won = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                won++;
            }
        }
        return won;
    }

    private static double run(Appender a, double seconds) throws IOException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int ops = 0;
        long now;
        do {
            a.append();
            ops++;
            now = System.nanoTime();
        } while (now < end);
        return ops / ((now - start) / 1e9);
    }

    private static Appender appender(String target, Path dir, int entries, int size) throws IOException {
        byte[] payload = BenchFiles.payload(size, 2);
        if (target.startsWith("raw")) {
            Path file = dir.resolve("raw.log");
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            ByteBuffer buf = ByteBuffer.allocateDirect(entries * (BenchFiles.FRAME_OVERHEAD + size) + BenchFiles.COMMIT_FRAME);
            buf.put(BenchFiles.payload(buf.capacity(), 3)).flip();
            long wrapAt = switch (target) {
                case "raw" -> Long.MAX_VALUE;
                case "raw-prealloc" -> zeroFill(ch, PREALLOCATED);
                case "raw-keepsize" -> {
                    reserveKeepingSize(file, 1L << 30);
                    yield Long.MAX_VALUE;
                }
                default -> throw new IllegalArgumentException(target);
            };
            long[] pos = {0};
            return new Appender() {
                @Override
                public void append() throws IOException {
                    buf.rewind();
                    if (pos[0] + buf.remaining() > wrapAt) {
                        pos[0] = 0;
                    }
                    while (buf.hasRemaining()) {
                        pos[0] += ch.write(buf, pos[0]);
                    }
                    ch.force(false);
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        }
        LogStore store = switch (target) {
            case "rocksdb" -> RocksDbLogStore.open(dir, true);
            case "rocksdb-recycle" -> RocksDbLogStore.open(dir, true, 4);
            case "reference" -> FileLogStore.open(dir);
            // the store as it was before preallocation: every batch extends the segment file
            case "reference-extending" -> FileLogStore.open(dir, FileLogStoreOptions.builder().preallocate(false).build());
            default -> throw new IllegalArgumentException(target);
        };
        long[] next = {1};
        return new Appender() {
            @Override
            public void append() throws IOException {
                store.storeLogs(BenchFiles.batch(next[0], entries, payload));
                next[0] += entries;
            }

            @Override
            public void close() throws IOException {
                store.close();
            }
        };
    }

    private static final long PREALLOCATED = 64L << 20;

    /** Writes {@code bytes} zeros and forces them (data and size); returns {@code bytes}. */
    private static long zeroFill(FileChannel ch, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        for (long p = 0; p < bytes; p += zeros.capacity()) {
            zeros.clear();
            while (zeros.hasRemaining()) {
                ch.write(zeros, p + zeros.position());
            }
        }
        ch.force(true);
        return bytes;
    }

    /** {@code fallocate --keep-size}: blocks reserved, file size unchanged (Java NIO cannot do this). */
    private static void reserveKeepingSize(Path file, long bytes) throws IOException {
        try {
            Process p = new ProcessBuilder("fallocate", "--keep-size", "-l", Long.toString(bytes), file.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("fallocate --keep-size failed for " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double pairedMedian(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return median(ratios);
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
