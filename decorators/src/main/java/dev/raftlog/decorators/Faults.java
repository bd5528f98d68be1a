package dev.raftlog.decorators;

import dev.raftlog.api.LogStore;
import java.util.Objects;

/**
 * Entry point: wraps any {@link LogStore} with latency, errors and recording.
 *
 * <pre>{@code
 * VirtualClock clock = new VirtualClock();
 * FaultyStore faulty = Faults.wrap(new InMemoryLogStore())
 *         .latency(Operation.STORE_LOGS, Latency.exponential(Duration.ofMillis(2)))
 *         .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(3).eio())
 *         .recording()
 *         .virtualClock(clock)
 *         .seed(42)
 *         .buildWithControl();
 * LogStore store = faulty.store();
 * }</pre>
 *
 * <p>The wrapper is thread-safe if the wrapped store is, keeps the wrapped store's type where
 * it can (see {@link WrappingMode}), and passes {@code isMonotonic()} and {@code close()}
 * straight through.
 */
public final class Faults {

    private Faults() {
    }

    /**
     * Starts configuring a wrapper of {@code store}.
     *
     * @throws NullPointerException if {@code store} is null
     */
    public static FaultsBuilder wrap(LogStore store) {
        return new FaultsBuilder(Objects.requireNonNull(store, "store to wrap must not be null"));
    }
}
