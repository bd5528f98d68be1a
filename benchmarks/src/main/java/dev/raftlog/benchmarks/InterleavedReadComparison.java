package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.reference.FileLogStore;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random single-threaded reads of the 1M x 1 KiB log, measured in short interleaved slices
 * (round robin, order rotated each round) so that the noise of a shared machine hits every
 * target alike; prints the median reads/s per target and the median of per-round ratios. The
 * read-side twin of {@link InterleavedAppendComparison}.
 *
 * <p>Targets: {@code physical} ({@link MappedRecords}: the segment files mapped, checksum and
 * payload copy only) and {@code reference} (this build's {@code FileLogStore.getLog}); or, with
 * {@code -Dbench.storeJars=before=<jar>,after=<jar>} (raftlog-reference-store jars), each named
 * build of the store instead of {@code reference}, each in its own class loader reading its own
 * copy of the files: an A/B comparison of store changes in one JVM at the same moments. Run
 * with the same jar twice (A/A) to see the harness's own bias first.
 *
 * <p>Arguments: rounds (default 20), seconds per slice (default 0.5), spans (default
 * "1000000,10000"). {@code -Dbench.readStore=<dir>} keeps the filled log between runs.
 */
public final class InterleavedReadComparison {

    /** One read of index {@code index}; returns something derived from the result (kept alive). */
    private interface Reader {
        int read(long index) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        int[] spans = Arrays.stream((args.length > 2 ? args[2] : "1000000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
        int n = RandomReadBenchmark.ENTRIES;
        Path data = RandomReadBenchmark.referenceData();
        List<AutoCloseable> open = new ArrayList<>();
        Map<String, Reader> readers = new LinkedHashMap<>();
        MappedRecords physical = MappedRecords.open(data, n);
        open.add(physical::close);
        readers.put("physical", physical::read0);
        List<Path> copies = new ArrayList<>();
        String jars = System.getProperty("bench.storeJars");
        if (jars == null) {
            FileLogStore store = FileLogStore.open(data);
            open.add(store);
            readers.put("reference", i -> digest(store.getLog(i)));
        } else {
            // Each build in its own class loader, reading its own copy of the files made the same
            // way, so that no build is favoured by class loading or by where its pages sit in memory.
            for (String named : jars.split(",")) {
                String[] nameAndJar = named.split("=", 2);
                Path copy = BenchFiles.freshDir("copy-" + nameAndJar[0]);
                copies.add(copy);
                BenchFiles.copyRecursively(data, copy);
                LogStore s = openFromJar(Path.of(nameAndJar[1]), copy);
                open.add(s);
                readers.put(nameAndJar[0], i -> digest(s.getLog(i)));
            }
        }
        long sink = 0;
        for (int span : spans) {
            for (Reader r : readers.values()) {
                sink += run(r, span, 3, new long[1]); // warm-up: JIT, and every mapped page touched once
            }
            Map<String, double[]> rates = new LinkedHashMap<>();
            readers.keySet().forEach(t -> rates.put(t, new double[rounds]));
            List<String> order = new ArrayList<>(readers.keySet());
            long[] ops = new long[1];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < order.size(); k++) {
                    String t = order.get((round + k) % order.size());
                    long start = System.nanoTime();
                    sink += run(readers.get(t), span, seconds, ops);
                    rates.get(t)[round] = ops[0] / ((System.nanoTime() - start) / 1e9);
                }
            }
            System.out.printf("%nspan %d, %d rounds x %.1f s per target, median reads/s:%n", span, rounds, seconds);
            for (Map.Entry<String, double[]> e : rates.entrySet()) {
                System.out.printf("  %-10s %10.0f  all: %s%n", e.getKey(), median(e.getValue()),
                        Arrays.toString(Arrays.stream(e.getValue()).mapToLong(Math::round).toArray()));
            }
            System.out.print("  median of per-round ratios:");
            List<String> stores = new ArrayList<>(readers.keySet()).subList(1, readers.size());
            for (String t : stores) {
                System.out.printf(" %s/physical %.2f", t, paired(rates.get(t), rates.get("physical")));
            }
            for (int a = 0; a < stores.size(); a++) {
                for (int b = a + 1; b < stores.size(); b++) {
                    System.out.printf(", %s/%s %.2f", stores.get(b), stores.get(a),
                            paired(rates.get(stores.get(b)), rates.get(stores.get(a))));
                }
            }
            System.out.println();
        }
        System.out.println("(checksum of everything read: " + sink + ")");
        for (AutoCloseable c : open) {
            c.close();
        }
        for (Path copy : copies) {
            BenchFiles.deleteRecursively(copy);
        }
        if (System.getProperty("bench.readStore") == null) {
            BenchFiles.deleteRecursively(data);
        }
    }

    private static int digest(Log log) {
        return log.data().length + log.data()[0];
    }

    private static long run(Reader r, int span, double seconds, long[] ops) throws IOException {
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long sink = 0;
        long count = 0;
        do {
            for (int i = 0; i < 256; i++) {
                sink += r.read(1 + random.nextInt(span));
            }
            count += 256;
        } while (System.nanoTime() < end);
        ops[0] = count;
        return sink;
    }

    /** Opens {@code FileLogStore} from {@code jar} in a class loader that prefers that jar for the store's package. */
    private static LogStore openFromJar(Path jar, Path dir) throws Exception {
        ClassLoader parent = InterleavedReadComparison.class.getClassLoader();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("dev.raftlog.reference.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
        };
        Class<?> type = Class.forName("dev.raftlog.reference.FileLogStore", true, loader);
        if (type == FileLogStore.class) {
            throw new IllegalStateException(jar + " did not load its own FileLogStore");
        }
        return (LogStore) type.getMethod("open", Path.class).invoke(null, dir);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double paired(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return median(ratios);
    }
}
