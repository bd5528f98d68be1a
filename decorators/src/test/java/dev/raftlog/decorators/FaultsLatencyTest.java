package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsLatencyTest {

    @Test
    void virtualClockAdvancesByTheConfiguredAmountPerOperation() throws Exception {
        VirtualClock clock = new VirtualClock();
        LogStore store = Faults.wrap(new InMemoryLogStore())
                .latency(Operation.STORE_LOGS, Latency.fixed(Duration.ofMillis(5)))
                .latency(Operation.GET_LOG, Latency.fixed(Duration.ofMillis(1)))
                .virtualClock(clock)
                .build();
        store.storeLogs(List.of(Log.of(1, 1), Log.of(2, 1)));
        assertThat(clock.nanoTime()).isEqualTo(5_000_000);
        store.getLog(1);
        store.getLog(2);
        assertThat(clock.nanoTime()).isEqualTo(7_000_000);
        store.lastIndex(); // no latency configured for LAST_INDEX
        store.deleteRange(1, 1);
        assertThat(clock.nanoTime()).isEqualTo(7_000_000);
    }

    @Test
    void latencyForAllOperationsCanBeOverriddenPerOperation() throws Exception {
        VirtualClock clock = new VirtualClock();
        LogStore store = Faults.wrap(new InMemoryLogStore())
                .latency(Latency.fixed(Duration.ofMillis(1)))
                .latency(Operation.FIRST_INDEX, Latency.fixed(Duration.ofMillis(10)))
                .virtualClock(clock)
                .build();
        store.lastIndex();
        store.firstIndex();
        store.storeLog(Log.of(1, 1));
        store.deleteRange(1, 1);
        assertThat(clock.nanoTime()).isEqualTo(13_000_000);
    }

    @Test
    void exponentialLatencyThroughTheStoreHasItsMean() throws Exception {
        VirtualClock clock = new VirtualClock();
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore())
                .latency(Operation.LAST_INDEX, Latency.exponential(Duration.ofMillis(2)))
                .virtualClock(clock).seed(42).faultLogCapacity(10)
                .buildWithControl();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            faulty.store().lastIndex();
        }
        assertThat(clock.nanoTime() / (double) n).isCloseTo(2_000_000, within(2_000_000 * 0.05));
        assertThat(faulty.faultLog()).hasSize(10);
        assertThat(faulty.faultLogDropped()).isEqualTo(n - 10);
        assertThat(faulty.faultLog().get(0).kind()).isEqualTo(FaultKind.LATENCY);
    }

    @Test
    void realSleepingDelaysTheCall() throws Exception {
        LogStore store = Faults.wrap(new InMemoryLogStore())
                .latency(Operation.LAST_INDEX, Latency.fixed(Duration.ofMillis(20)))
                .build();
        long start = System.nanoTime();
        store.lastIndex();
        // a lower bound only: sleeping at least the delay is the promise; no upper bound is asserted
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(20_000_000);
    }

    @Test
    void sameSeedGivesTheSameDelaysAndAnotherSeedDoesNot() throws Exception {
        assertThat(delays(7)).isEqualTo(delays(7)).isNotEqualTo(delays(8));
    }

    private static List<Long> delays(long seed) throws Exception {
        VirtualClock clock = new VirtualClock();
        LogStore store = Faults.wrap(new InMemoryLogStore())
                .latency(Latency.uniform(Duration.ZERO, Duration.ofMillis(10)))
                .virtualClock(clock).seed(seed).build();
        List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long before = clock.nanoTime();
            store.firstIndex();
            out.add(clock.nanoTime() - before);
        }
        return out;
    }
}
