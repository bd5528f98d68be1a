package dev.raftlog.decorators;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when told to. A latency decorator given a virtual clock advances it by
 * each injected delay instead of sleeping, so tests of slow stores run at full speed while the
 * recorded timestamps still show the delays. Thread-safe: concurrent advances add up.
 */
public final class VirtualClock {

    private final AtomicLong nanos;

    /** A clock reading 0 ns. */
    public VirtualClock() {
        this(0);
    }

    /** A clock reading {@code startNanos}. */
    public VirtualClock(long startNanos) {
        this.nanos = new AtomicLong(startNanos);
    }

    /** The current reading in nanoseconds, like {@link System#nanoTime()} (only differences mean anything). */
    public long nanoTime() {
        return nanos.get();
    }

    /**
     * Moves the clock forward.
     *
     * @return the reading after the advance
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public long advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back; amount was " + amount);
        }
        return advanceNanos(amount.toNanos());
    }

    /**
     * Moves the clock forward by {@code amountNanos}.
     *
     * @throws IllegalArgumentException if {@code amountNanos} is negative
     */
    public long advanceNanos(long amountNanos) {
        if (amountNanos < 0) {
            throw new IllegalArgumentException("a clock cannot go back; amount was " + amountNanos + " ns");
        }
        return nanos.addAndGet(amountNanos);
    }

    /** Time elapsed since the clock read 0 (or its start value), as a Duration. */
    public Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(nanoTime() - startNanos);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + nanoTime() + " ns]";
    }
}
