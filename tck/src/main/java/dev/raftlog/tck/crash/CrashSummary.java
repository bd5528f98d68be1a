package dev.raftlog.tck.crash;

import java.time.Duration;
import java.util.Optional;

/**
 * What one crash campaign on a store did and found.
 *
 * @param seed               the run's seed (random workloads derive from it)
 * @param randomWorkloads    random workloads run
 * @param randomStates       crash states checked for them (one state = crash, reopen, oracle check)
 * @param exhaustiveWorkloads workloads of the bounded exhaustive mode run
 * @param exhaustiveStates   crash states checked for them
 * @param elapsed            wall time of the campaign
 * @param violation          the first violation, shrunk, if any
 * @param setupError         why the campaign could not run (the store failed without a fault), if so
 */
public record CrashSummary(long seed, int randomWorkloads, long randomStates, int exhaustiveWorkloads,
        long exhaustiveStates, Duration elapsed, CrashViolation violation, String setupError) {

    /** Every crash state checked, both modes. */
    public long statesChecked() {
        return randomStates + exhaustiveStates;
    }

    /** Crash states checked per second of wall time. */
    public double statesPerSecond() {
        return statesChecked() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    public Optional<CrashViolation> firstViolation() {
        return Optional.ofNullable(violation);
    }

    @Override
    public String toString() {
        return String.format("%d crash states (%d from %d random workloads, %d from %d exhaustive workloads) in %.1f s, %.0f/s%s",
                statesChecked(), randomStates, randomWorkloads, exhaustiveStates, exhaustiveWorkloads,
                elapsed.toMillis() / 1000.0, statesPerSecond(),
                violation != null ? "; violated " + violation.requirement().id() : setupError != null ? "; could not run" : "");
    }
}
