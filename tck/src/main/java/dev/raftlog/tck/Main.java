package dev.raftlog.tck;

import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.ConsoleReport;
import dev.raftlog.tck.runner.KitRunner;
import dev.raftlog.tck.runner.StoreClassResolver;
import dev.raftlog.tck.runner.TestOutcome;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console runner: {@code java -cp <kit, store and their dependencies> dev.raftlog.tck.Main --store <class>}.
 * Prints a line per requirement and a summary; exits 0 when every MUST rule passes, 1 when one
 * fails, 2 on a usage error.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: java -cp <classpath> dev.raftlog.tck.Main --store <class|in-memory> [options]",
            "  --store NAME            a LogStore with a public no-arg constructor, a Supplier<LogStore>,",
            "                          a Function<Path, LogStore> (durable: enables the restart rules),",
            "                          or 'in-memory' for the bundled InMemoryLogStore",
            "  --profile P             general (default) or monotonic",
            "  --max-entry-size BYTES  largest entry the store promises to hold (default 8388608)",
            "  --tries T               random cases per property: a number, or quick|default|deep|soak",
            "  --seed S                seed of the random tests (default: random, printed on failure)",
            "  --only ID[,ID...]       run only these requirements, e.g. LS-DELETE-04",
            "  --help                  this text",
            "exit codes: 0 every MUST rule passed, 1 a MUST rule failed, 2 usage error");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the kit as the command line says; returns the exit code. {@code --tries} and
     * {@code --seed} set the knobs' system properties for the run only.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String tries = System.getProperty("raftlog.tries");
        String seed = System.getProperty("raftlog.seed");
        try {
            return runWithKnobs(args, out, err);
        } finally {
            restore("raftlog.tries", tries);
            restore("raftlog.seed", seed);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static int runWithKnobs(String[] args, PrintStream out, PrintStream err) {
        StoreFactory factory;
        Set<String> only = new LinkedHashSet<>();
        try {
            String store = null;
            String profile = "general";
            Long maxEntry = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--store" -> store = value(args, ++i, a);
                    case "--profile" -> profile = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--max-entry-size" -> maxEntry = number(value(args, ++i, a), a);
                    case "--tries" -> System.setProperty("raftlog.tries", value(args, ++i, a));
                    case "--seed" -> System.setProperty("raftlog.seed", String.valueOf(number(value(args, ++i, a), a)));
                    case "--only" -> only.addAll(Arrays.asList(value(args, ++i, a).split(",")));
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (store == null) {
                throw new IllegalArgumentException("--store is required");
            }
            factory = StoreClassResolver.resolve(store, Thread.currentThread().getContextClassLoader());
            factory = factory.withProfile(switch (profile) {
                case "general" -> Profile.GENERAL;
                case "monotonic" -> Profile.MONOTONIC;
                default -> throw new IllegalArgumentException("--profile must be general or monotonic, was '" + profile + "'");
            });
            if (maxEntry != null) {
                factory = factory.withMaxEntrySize(maxEntry);
            }
            only.forEach(dev.raftlog.tck.catalogue.Requirement::byId);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        out.println("raftlog kit: " + factory);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConformanceReport report = KitRunner.run(factory, only, o -> progress(o, done, failed, err));
        err.println();
        ConsoleReport.print(report, out);
        return report.conformant() ? 0 : 1;
    }

    private static void progress(TestOutcome o, AtomicInteger done, AtomicInteger failed, PrintStream err) {
        int n = done.incrementAndGet();
        if (o.status() == TestOutcome.Status.FAILED || o.status() == TestOutcome.Status.ERROR) {
            failed.incrementAndGet();
        }
        if (n % 20 == 0) {
            err.printf("  ... %d tests run, %d failed (last: %s)%n", n, failed.get(), o.displayName());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String s, String option) {
        try {
            return Long.parseLong(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, was '" + s + "'");
        }
    }
}
