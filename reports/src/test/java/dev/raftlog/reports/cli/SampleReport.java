package dev.raftlog.reports.cli;

import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.ScriptInMessageStore;
import dev.raftlog.reports.stores.UnopenableStore;
import java.nio.file.Path;

/**
 * One CLI run with {@code --report} over a correct store and three broken ones, shared by the
 * tests that read the report directory (the run takes seconds; the tests only read).
 */
public final class SampleReport {
    /** The stores, in column order. */
    public static final String[] STORES = {"in-memory", ExclusiveDeleteStore.class.getName(),
        ScriptInMessageStore.class.getName(), UnopenableStore.class.getName()};

    private static CliRun run;
    private static final Path DIR = Path.of("target", "sample-report").toAbsolutePath();

    private SampleReport() {
    }

    /** The report directory, written on first use. */
    public static synchronized Path directory() {
        if (run == null) {
            java.util.List<String> args = new java.util.ArrayList<>();
            for (String s : STORES) {
                args.add("--store");
                args.add(s);
            }
            args.addAll(java.util.List.of("--tries", "quick", "--seed", "42", "--report", DIR.toString()));
            run = CliRun.of(args.toArray(String[]::new));
            if (run.exit() != 1) {
                throw new AssertionError("the sample run should find violations (exit 1): " + run);
            }
        }
        return DIR;
    }

    /** What the CLI printed. */
    public static synchronized String stdout() {
        directory();
        return run.out();
    }
}
