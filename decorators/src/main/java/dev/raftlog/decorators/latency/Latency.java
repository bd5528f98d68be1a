package dev.raftlog.decorators.latency;

import java.time.Duration;

/**
 * A distribution of delays for one store operation. Immutable and thread-safe. A delay is drawn
 * by inverse transform: the wrapper supplies a uniform number from its seeded source and the
 * distribution maps it to nanoseconds, so the same seed gives the same delays.
 *
 * <p>Every factory validates its arguments and throws {@link IllegalArgumentException} naming
 * the bad value (a negative delay, a non-positive mean or shape, an empty range).
 */
public interface Latency {

    /**
     * The delay in nanoseconds for the uniform draw {@code u} in [0, 1). Never negative.
     */
    long sampleNanos(double u);

    /** Readable description used in fault logs, e.g. {@code "uniform(1ms..5ms)"}. */
    String describe();

    /** Always {@code delay}. */
    static Latency fixed(Duration delay) {
        return new FixedLatency(Durations.nonNegative("fixed latency", delay));
    }

    /** Uniform between {@code min} and {@code max}, both non-negative, {@code min <= max}. */
    static Latency uniform(Duration min, Duration max) {
        long lo = Durations.nonNegative("uniform latency min", min);
        long hi = Durations.nonNegative("uniform latency max", max);
        if (lo > hi) {
            throw new IllegalArgumentException("uniform latency needs min <= max, was min=" + min + ", max=" + max);
        }
        return new UniformLatency(lo, hi);
    }

    /** Exponential with the given mean (must be positive): memoryless, many short and a few long delays. */
    static Latency exponential(Duration mean) {
        long m = Durations.nonNegative("exponential latency mean", mean);
        if (m == 0) {
            throw new IllegalArgumentException("exponential latency mean must be positive, was " + mean);
        }
        return new ExponentialLatency(m);
    }

    /**
     * Pareto (long-tailed): {@code scale} is the minimum delay, {@code shape} (alpha, > 0) how
     * heavy the tail is (smaller is heavier; the mean is infinite for shape <= 1). Uncapped.
     */
    static Latency pareto(Duration scale, double shape) {
        return pareto(scale, shape, null);
    }

    /** Pareto as {@link #pareto(Duration, double)}, with every delay capped at {@code cap} (null for none). */
    static Latency pareto(Duration scale, double shape, Duration cap) {
        long s = Durations.nonNegative("pareto latency scale", scale);
        if (s == 0) {
            throw new IllegalArgumentException("pareto latency scale must be positive, was " + scale);
        }
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("pareto latency shape must be a positive finite number, was " + shape);
        }
        long c = cap == null ? Long.MAX_VALUE : Durations.nonNegative("pareto latency cap", cap);
        if (c < s) {
            throw new IllegalArgumentException("pareto latency cap " + cap + " is below its scale " + scale);
        }
        return new ParetoLatency(s, shape, c);
    }

    /**
     * A percentile table, e.g. {@code Latency.percentiles().p(50, ms(1)).p(99, ms(20)).p(99.9, ms(200)).build()};
     * see {@link PercentileTable}.
     */
    static PercentileTable.Builder percentiles() {
        return PercentileTable.builder();
    }
}
