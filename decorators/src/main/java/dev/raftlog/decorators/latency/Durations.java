package dev.raftlog.decorators.latency;

import java.time.Duration;

/** Argument checks and formatting shared by the distributions. */
final class Durations {

    private Durations() {
    }

    static long nonNegative(String what, Duration d) {
        if (d == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + d);
        }
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " is too large to express in nanoseconds: " + d, e);
        }
    }

    static String show(long nanos) {
        if (nanos % 1_000_000 == 0) {
            return nanos / 1_000_000 + "ms";
        }
        if (nanos % 1_000 == 0) {
            return nanos / 1_000 + "us";
        }
        return nanos + "ns";
    }
}
