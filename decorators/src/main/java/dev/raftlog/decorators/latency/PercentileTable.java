package dev.raftlog.decorators.latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency given as a table of percentiles, the way production latency is usually reported
 * (p50 = 1 ms, p99 = 20 ms, p99.9 = 200 ms). Between two given percentiles the delay is
 * interpolated linearly. Below the lowest given percentile it is interpolated from 0 ns at p0,
 * unless p0 is given explicitly (then that is the minimum delay). Above the highest given
 * percentile the delay stays at its value, unless p100 is given (then that is the maximum).
 *
 * <p>Percentiles must lie in [0, 100] and strictly increase; values must not decrease. A table
 * breaking either rule is rejected by {@link Builder#build()} with a message naming the entries.
 */
public final class PercentileTable implements Latency {

    private final double[] percentiles; // with an implicit (0, 0) first when p0 was not given
    private final long[] values;
    private final String description;

    private PercentileTable(double[] percentiles, long[] values, String description) {
        this.percentiles = percentiles;
        this.values = values;
        this.description = description;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public long sampleNanos(double u) {
        double p = u * 100.0;
        int last = percentiles.length - 1;
        if (p >= percentiles[last]) {
            return values[last];
        }
        int i = 1;
        while (percentiles[i] < p) {
            i++;
        }
        double p0 = percentiles[i - 1];
        double p1 = percentiles[i];
        double f = (p - p0) / (p1 - p0);
        return values[i - 1] + Math.round(f * (values[i] - values[i - 1]));
    }

    @Override
    public String describe() {
        return description;
    }

    /** Collects (percentile, delay) pairs in increasing order. Not thread-safe. */
    public static final class Builder {
        private final List<Double> ps = new ArrayList<>();
        private final List<Duration> ds = new ArrayList<>();

        private Builder() {
        }

        /** Adds "the {@code percentile}-th percentile delay is {@code delay}". */
        public Builder p(double percentile, Duration delay) {
            ps.add(percentile);
            ds.add(delay);
            return this;
        }

        /**
         * The table.
         *
         * @throws IllegalArgumentException if it is empty, a percentile is outside [0, 100] or
         *     not above the previous one, or a delay is negative or below the previous one
         */
        public PercentileTable build() {
            if (ps.isEmpty()) {
                throw new IllegalArgumentException("a percentile table needs at least one entry");
            }
            StringBuilder desc = new StringBuilder("percentiles(");
            boolean hasZero = ps.get(0) == 0.0;
            int n = ps.size() + (hasZero ? 0 : 1);
            double[] p = new double[n];
            long[] v = new long[n];
            int k = hasZero ? 0 : 1;
            for (int i = 0; i < ps.size(); i++, k++) {
                double pct = ps.get(i);
                if (!(pct >= 0 && pct <= 100)) {
                    throw new IllegalArgumentException("percentile table entry " + i + ": percentile " + pct
                            + " is outside [0, 100]");
                }
                long nanos = Durations.nonNegative("percentile table delay at p" + pct, ds.get(i));
                if (i > 0 && pct <= ps.get(i - 1)) {
                    throw new IllegalArgumentException("percentile table is not monotonic: p" + pct
                            + " follows p" + ps.get(i - 1) + " (percentiles must strictly increase)");
                }
                if (i > 0 && ds.get(i).compareTo(ds.get(i - 1)) < 0) {
                    throw new IllegalArgumentException("percentile table is not monotonic: p" + pct + " = " + ds.get(i)
                            + " is below p" + ps.get(i - 1) + " = " + ds.get(i - 1));
                }
                p[k] = pct;
                v[k] = nanos;
                desc.append(i == 0 ? "" : ", ").append('p').append(pct).append('=').append(Durations.show(nanos));
            }
            return new PercentileTable(p, v, desc.append(')').toString());
        }
    }
}
