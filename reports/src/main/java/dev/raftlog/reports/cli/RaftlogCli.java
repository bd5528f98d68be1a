package dev.raftlog.reports.cli;

import dev.raftlog.reports.Gate;
import dev.raftlog.reports.allure.AllureResults;
import dev.raftlog.reports.html.ConformanceHtml;
import dev.raftlog.tck.Profile;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.property.PropertySettings;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.StoreClassResolver;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The quality-gate command line: {@code java -jar raftlog-cli.jar --store com.example.MyStore
 * --classpath my-store.jar --report build/conformance}. Runs the kit on each store, shows
 * progress on stderr, ends with a summary table on stdout, and with {@code --report} writes
 * Allure results, JUnit XML and the HTML conformance report. Exit codes: 0 every store passes
 * the gate, 1 a store violates it, 2 usage error.
 */
@Command(name = "raftlog", mixinStandardHelpOptions = true, version = "raftlog 0.1.0-SNAPSHOT",
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks Raft log stores against the raftlog conformance kit; a CI quality gate.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every store passes the gate (--fail-on)", "1:a store violates a rule the gate checks",
            "2:usage error (unknown option, missing --store, a store class that cannot be used)"})
public final class RaftlogCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "NAME", description = {
        "A LogStore with a public no-arg constructor, a Supplier<LogStore>, a Function<Path, LogStore> "
            + "(durable: enables the restart rules), or a bundled store (in-memory). Repeat for more columns."})
    List<String> stores = new ArrayList<>();

    @Option(names = "--bundled", description = "Also check every bundled store (the project's own).")
    boolean bundled;

    @Option(names = "--classpath", paramLabel = "PATHS",
            description = "Jars or directories holding the store and its dependencies, separated by '${sys:path.separator}'.")
    String classpath;

    @Option(names = "--profile", paramLabel = "general|monotonic", description = "The profile the --store classes declare (default: general).")
    String profile = "general";

    @Option(names = "--max-entry-size", paramLabel = "BYTES", description = "Largest entry the --store classes promise to hold (default: 8 MiB).")
    Long maxEntrySize;

    @Option(names = "--tries", paramLabel = "T", description = "Random cases per property: a number, or quick|default|deep|soak.")
    String tries;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random tests (default: random; a failure prints it).")
    Long seed;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write allure-results/, junit/ (JUnit XML) and " + ConformanceHtml.FILE_NAME + " into DIR.")
    Path report;

    @Option(names = "--fail-on", paramLabel = "must|should", description = "Which violated rules fail the gate (default: must).")
    String failOn = "must";

    @Option(names = "--only", paramLabel = "ID", split = ",", arity = "1..*", description = "Check only these requirements, e.g. LS-DELETE-04.")
    List<String> only = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    RaftlogCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line {@code args}; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new RaftlogCli(out, err));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Override
    public Integer call() {
        Gate gate = usage(() -> Gate.parse(failOn));
        Set<String> ids = new LinkedHashSet<>(only);
        ids.forEach(id -> usage(() -> Requirement.byId(id)));
        if (stores.isEmpty() && !bundled) {
            throw new ParameterException(spec.commandLine(), "give --store NAME (or --bundled for the project's own stores)");
        }
        StoreClassPath storeClassPath = usage(() -> StoreClassPath.of(classpath, RaftlogCli.class.getClassLoader()));
        ClassLoader previousLoader = Thread.currentThread().getContextClassLoader();
        Map<String, String> previousProperties = knobs();
        try (StoreClassPath loader = storeClassPath) {
            Thread.currentThread().setContextClassLoader(loader.loader());
            List<StoreFactory> factories = factories(loader.loader());
            AllureResults allure = report == null ? null : AllureResults.fresh(report.resolve("allure-results"));
            List<ConformanceReport> reports = new ArrayList<>();
            for (StoreFactory f : factories) {
                out.println("raftlog kit: " + f);
                reports.add(StoreRun.run(f, ids, allure, report, err));
            }
            SummaryTable.print(reports, gate, out);
            if (report != null) {
                Map<String, String> facts = facts(reports, gate);
                allure.writeEnvironment(facts);
                Path html = ConformanceHtml.write(report.resolve(ConformanceHtml.FILE_NAME), reports, facts);
                out.println();
                out.println("Conformance report: " + html.toAbsolutePath().normalize());
                out.println("Allure results:     " + allure.directory().toAbsolutePath().normalize());
            }
            return reports.stream().allMatch(gate::passes) ? 0 : 1;
        } finally {
            Thread.currentThread().setContextClassLoader(previousLoader);
            previousProperties.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** Sets raftlog.tries / raftlog.seed as the kit reads them; returns what they were, to restore. */
    private Map<String, String> knobs() {
        Map<String, String> previous = new LinkedHashMap<>();
        previous.put("raftlog.tries", System.getProperty("raftlog.tries"));
        previous.put("raftlog.seed", System.getProperty("raftlog.seed"));
        if (tries != null) {
            System.setProperty("raftlog.tries", tries);
        }
        if (seed != null) {
            System.setProperty("raftlog.seed", String.valueOf(seed));
        }
        try {
            PropertySettings.fromEnvironment(100);
        } catch (IllegalArgumentException e) {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return previous;
    }

    private List<StoreFactory> factories(ClassLoader loader) {
        List<StoreFactory> factories = new ArrayList<>();
        if (bundled) {
            BundledStores.ALL.forEach(b -> factories.add(b.factory().get()));
        }
        Profile p = usage(() -> switch (profile.toLowerCase(java.util.Locale.ROOT)) {
            case "general" -> Profile.GENERAL;
            case "monotonic" -> Profile.MONOTONIC;
            default -> throw new IllegalArgumentException("--profile must be general or monotonic, was '" + profile + "'");
        });
        for (String name : stores) {
            BundledStores.Bundled b = BundledStores.named(name);
            StoreFactory f = usage(() -> b != null ? b.factory().get() : StoreClassResolver.resolve(name, loader));
            if (b == null) {
                f = f.withProfile(p);
            }
            if (maxEntrySize != null) {
                StoreFactory sized = f;
                f = usage(() -> sized.withMaxEntrySize(maxEntrySize));
            }
            factories.add(f);
        }
        Set<String> names = new java.util.HashSet<>();
        for (StoreFactory f : factories) {
            if (!names.add(f.description())) {
                throw new ParameterException(spec.commandLine(), "store " + f.description()
                        + " is given twice (--bundled already checks the bundled stores)");
            }
        }
        return factories;
    }

    private Map<String, String> facts(List<ConformanceReport> reports, Gate gate) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("run at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        facts.put("stores", String.join(", ", reports.stream().map(ConformanceReport::store).toList()));
        facts.put("gate", "--fail-on " + gate.name().toLowerCase(java.util.Locale.ROOT));
        facts.put("tries", tries == null ? "default" : tries);
        facts.put("seed", seed == null ? "random (printed with each failure)" : String.valueOf(seed));
        facts.put("only", only.isEmpty() ? "all requirements" : String.join(",", only));
        facts.put("java", System.getProperty("java.version"));
        return facts;
    }

    private <T> T usage(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
