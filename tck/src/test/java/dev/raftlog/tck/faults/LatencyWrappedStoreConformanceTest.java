package dev.raftlog.tck.faults;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.decorators.Faults;
import dev.raftlog.decorators.VirtualClock;
import dev.raftlog.decorators.latency.Latency;
import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.StoreFactory;
import java.time.Duration;

/**
 * A store behind the latency decorator is still the same store: the whole kit passes. The
 * virtual clock advances instead of sleeping, so this costs no wall time.
 */
class LatencyWrappedStoreConformanceTest extends LogStoreKit {
    @Override
    protected StoreFactory storeFactory() {
        return StoreFactory.fresh(() -> Faults.wrap(new InMemoryLogStore())
                        .latency(Latency.exponential(Duration.ofMillis(1)))
                        .virtualClock(new VirtualClock())
                        .seed(1)
                        .build())
                .describedAs("InMemoryLogStore with exponential latency");
    }
}
