package dev.raftlog.decorators.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyTest {

    private static final int N = 20_000;

    private static long[] samples(Latency l) {
        SplittableRandom r = new SplittableRandom(42);
        long[] out = new long[N];
        for (int i = 0; i < N; i++) {
            out[i] = l.sampleNanos(r.nextDouble());
        }
        Arrays.sort(out);
        return out;
    }

    private static double mean(long[] s) {
        return Arrays.stream(s).average().orElseThrow();
    }

    private static long quantile(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static Duration ms(double v) {
        return Duration.ofNanos((long) (v * 1_000_000));
    }

    @Test
    void fixedAlwaysGivesItsValue() {
        long[] s = samples(Latency.fixed(ms(3)));
        assertThat(s[0]).isEqualTo(3_000_000);
        assertThat(s[N - 1]).isEqualTo(3_000_000);
    }

    @Test
    void uniformStaysInRangeWithMeanInTheMiddle() {
        long[] s = samples(Latency.uniform(ms(1), ms(5)));
        assertThat(s[0]).isGreaterThanOrEqualTo(1_000_000);
        assertThat(s[N - 1]).isLessThanOrEqualTo(5_000_000);
        assertThat(mean(s)).isCloseTo(3_000_000, within(3_000_000 * 0.02));
        assertThat(quantile(s, 0.25)).isCloseTo(2_000_000L, within(100_000L));
        assertThat(Latency.uniform(ms(1), ms(5)).sampleNanos(0.9999999999999999)).isEqualTo(5_000_000);
    }

    @Test
    void exponentialHasItsMeanAndMedian() {
        long[] s = samples(Latency.exponential(ms(2)));
        assertThat(mean(s)).isCloseTo(2_000_000, within(2_000_000 * 0.05));
        // median of an exponential is mean * ln 2
        assertThat((double) quantile(s, 0.5)).isCloseTo(2_000_000 * Math.log(2), within(2_000_000 * 0.05));
    }

    @Test
    void paretoHasItsMinimumMedianAndTail() {
        long[] s = samples(Latency.pareto(ms(1), 2.0));
        assertThat(s[0]).isGreaterThanOrEqualTo(1_000_000);
        // median = scale * 2^(1/shape); P(X > 10 scale) = 10^-shape = 1%
        assertThat((double) quantile(s, 0.5)).isCloseTo(1_000_000 * Math.sqrt(2), within(1_000_000 * 0.05));
        long above10 = Arrays.stream(s).filter(v -> v > 10_000_000).count();
        assertThat(above10).isBetween((long) (N * 0.007), (long) (N * 0.013));
    }

    @Test
    void paretoCapBoundsTheTail() {
        long[] s = samples(Latency.pareto(ms(1), 0.5, ms(50)));
        assertThat(s[N - 1]).isEqualTo(50_000_000);
    }

    @Test
    void percentileTableReproducesItsPercentiles() {
        Latency t = Latency.percentiles().p(50, ms(1)).p(99, ms(20)).p(99.9, ms(200)).build();
        long[] s = new long[200_000];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < s.length; i++) {
            s[i] = t.sampleNanos(r.nextDouble());
        }
        Arrays.sort(s);
        assertThat(quantile(s, 0.50)).isCloseTo(1_000_000L, within(50_000L));
        assertThat(quantile(s, 0.99)).isCloseTo(20_000_000L, within(1_000_000L));
        assertThat(quantile(s, 0.999)).isCloseTo(200_000_000L, within(20_000_000L));
        assertThat(s[s.length - 1]).isEqualTo(200_000_000L); // flat above the last percentile
        assertThat(t.sampleNanos(0.25)).isEqualTo(500_000L); // from (p0, 0) to (p50, 1ms)
        assertThat(t.describe()).isEqualTo("percentiles(p50.0=1ms, p99.0=20ms, p99.9=200ms)");
    }

    @Test
    void percentileTableWithExplicitMinimum() {
        Latency t = Latency.percentiles().p(0, ms(2)).p(100, ms(4)).build();
        assertThat(t.sampleNanos(0)).isEqualTo(2_000_000);
        assertThat(t.sampleNanos(0.5)).isEqualTo(3_000_000);
    }

    @Test
    void badConfigurationsAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> Latency.fixed(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed latency must not be negative");
        assertThatThrownBy(() -> Latency.uniform(ms(5), ms(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min <= max");
        assertThatThrownBy(() -> Latency.exponential(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean must be positive");
        assertThatThrownBy(() -> Latency.pareto(ms(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape");
        assertThatThrownBy(() -> Latency.pareto(ms(2), 1, ms(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cap");
        assertThatThrownBy(() -> Latency.percentiles().p(50, ms(5)).p(99, ms(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not monotonic").hasMessageContaining("p99.0");
        assertThatThrownBy(() -> Latency.percentiles().p(99, ms(1)).p(50, ms(5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not monotonic");
        assertThatThrownBy(() -> Latency.percentiles().p(101, ms(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 100]");
        assertThatThrownBy(() -> Latency.percentiles().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
