package dev.raftlog.tck.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.catalogue.Requirement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
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
        only.forEach(Requirement::byId);
        String key = RunnerTarget.register(factory);
        long start = System.nanoTime();
        try {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ConfiguredStoreKit.class))
                    .configurationParameter(RunnerTarget.KEY, key);
            if (!only.isEmpty()) {
                request.filters(onlyRules(only));
            }
            LauncherDiscoveryRequest built = request.build();
            OutcomeCollector collector = new OutcomeCollector(progress);
            Launcher launcher = LauncherFactory.create();
            launcher.execute(built, collector);
            return ConformanceReport.of(factory.description(), collector.outcomes(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            RunnerTarget.unregister(key);
        }
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
