package dev.raftlog.tck.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.catalogue.Requirement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the whole kit against one store through the JUnit Platform Launcher, in this JVM, and
 * returns the verdict per requirement. The console runner ({@code dev.raftlog.tck.Main}), the
 * reports module and the kit's own zoo self-test all go through here.
 */
public final class KitRunner {
    private KitRunner() {
    }

    /** Runs every rule against the store {@code factory} makes. */
    public static ConformanceReport run(StoreFactory factory) {
        return run(factory, Set.of(), o -> { });
    }

    /**
     * Runs the rules against the store {@code factory} makes.
     *
     * @param only     requirement IDs to run; empty for all
     * @param progress told about every test as it ends
     */
    public static ConformanceReport run(StoreFactory factory, Set<String> only, Consumer<TestOutcome> progress) {
        return run(factory, only, progress, Launch.DEFAULT);
    }

    /**
     * How a run is launched beyond the store and the rules: extra configuration parameters (e.g.
     * {@code junit.jupiter.extensions.autodetection.enabled}), extra listeners (e.g. an Allure or
     * JUnit XML listener), and whether listeners registered through {@code ServiceLoader} also
     * listen (turn that off when you pass your own instance of such a listener).
     */
    public record Launch(Map<String, String> configuration, List<TestExecutionListener> listeners,
            boolean autoRegisteredListeners) {
        /** No extra parameters or listeners; auto-registered listeners listen. */
        public static final Launch DEFAULT = new Launch(Map.of(), List.of(), true);

        public Launch {
            configuration = Map.copyOf(configuration);
            listeners = List.copyOf(listeners);
        }
    }

    /** Runs the rules as {@link #run(StoreFactory, Set, Consumer)} does, launched as {@code launch} says. */
    public static ConformanceReport run(StoreFactory factory, Set<String> only, Consumer<TestOutcome> progress, Launch launch) {
        only.forEach(Requirement::byId);
        String key = RunnerTarget.register(factory);
        long start = System.nanoTime();
        try {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ConfiguredStoreKit.class))
                    .configurationParameters(launch.configuration())
                    .configurationParameter(RunnerTarget.KEY, key);
            if (!only.isEmpty()) {
                request.filters(onlyRules(only));
            }
            LauncherDiscoveryRequest built = request.build();
            OutcomeCollector collector = new OutcomeCollector(progress);
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(launch.autoRegisteredListeners())
                    .build());
            TestExecutionListener[] listeners = launch.listeners().toArray(TestExecutionListener[]::new);
            launcher.execute(built, prepend(collector, listeners));
            return ConformanceReport.of(factory.description(), collector.outcomes(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            RunnerTarget.unregister(key);
        }
    }

    private static TestExecutionListener[] prepend(TestExecutionListener first, TestExecutionListener[] rest) {
        TestExecutionListener[] all = new TestExecutionListener[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static PostDiscoveryFilter onlyRules(Set<String> ids) {
        return descriptor -> {
            boolean keep = descriptor.getSource()
                    .filter(MethodSource.class::isInstance)
                    .map(s -> ((MethodSource) s).getJavaMethod().getAnnotation(Verifies.class))
                    .map(v -> Arrays.stream(v.value()).anyMatch(r -> ids.contains(r.id())))
                    .orElse(true);
            return keep ? FilterResult.included("selected rule") : FilterResult.excluded("not among --only " + ids);
        };
    }
}
