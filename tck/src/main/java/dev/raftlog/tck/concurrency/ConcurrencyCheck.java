package dev.raftlog.tck.concurrency;

import dev.raftlog.api.LogStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The concurrency conformance check: drive a store with a concurrent workload, record every
 * call, and judge the history against rules LS-CONC-01..06.
 *
 * <pre>{@code
 * ConcurrencyReport report = ConcurrencyCheck.run(InMemoryLogStore::new, ConcurrencyConfig.defaults());
 * assertThat(report.passed()).as(report.summary()).isTrue();
 * }</pre>
 */
public final class ConcurrencyCheck {

    private ConcurrencyCheck() {
    }

    /**
     * Runs the workload {@code config} describes on a fresh store from {@code factory}, then
     * checks the history. The store is closed afterwards (unless a call on it never returned).
     *
     * @throws IllegalArgumentException if the factory's store is not empty
     * @throws UncheckedIOException     if the empty store cannot even report its bounds
     */
    public static ConcurrencyReport run(Supplier<? extends LogStore> factory, ConcurrencyConfig config) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(config, "config");
        LogStore store = Objects.requireNonNull(factory.get(), "factory returned null");
        try {
            if (store.firstIndex() != 0 || store.lastIndex() != 0) {
                throw new IllegalArgumentException("the factory must produce an empty store; got first="
                        + store.firstIndex() + ", last=" + store.lastIndex());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the empty store failed to report its bounds", e);
        }
        WorkloadRunner.Run run;
        try {
            run = WorkloadRunner.run(store, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workload ran", e);
        }
        if (run.stuckThreads() == null) {
            try {
                store.close();
            } catch (IOException | RuntimeException e) {
                // Closing is not under test here; the history is what counts.
            }
        }
        return check(run.history(), run.stuckThreads(), Duration.ofNanos(run.runNanos()), config);
    }

    /**
     * Checks a history recorded elsewhere (for example by the kit's recording decorator). The
     * store must have been empty before the first call. Only the checker limits of
     * {@code config} apply.
     */
    public static ConcurrencyReport check(History history, ConcurrencyConfig config) {
        return check(history, null, Duration.ZERO, config);
    }

    private static ConcurrencyReport check(History history, String stuckThreads, Duration runTime,
                                           ConcurrencyConfig config) {
        long started = System.nanoTime();
        HistoryIndex index = new HistoryIndex(history);
        List<Violation> violations = new ArrayList<>();
        violations.addAll(LivenessRule.check(index, stuckThreads));
        violations.addAll(BatchVisibilityRule.check(index));
        violations.addAll(TruncatedReadRule.check(index));
        violations.addAll(BoundsOrderRule.check(index));
        violations.addAll(BoundsRegressionRule.check(index));
        LinearizabilitySearch.Budget budget = new LinearizabilitySearch.Budget(
                started + config.checkTimeLimit().toNanos(), config.maxSearchSteps());
        LinearizabilityRule.Result lin = LinearizabilityRule.check(history, budget);
        if (lin.violation() != null) {
            violations.add(lin.violation());
        }
        return new ConcurrencyReport(history, violations, lin.undecidedReason(), lin.segments(), lin.steps(),
                runTime, Duration.ofNanos(System.nanoTime() - started));
    }
}
