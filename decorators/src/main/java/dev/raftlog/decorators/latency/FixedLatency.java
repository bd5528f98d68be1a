package dev.raftlog.decorators.latency;

/** Always the same delay. */
record FixedLatency(long nanos) implements Latency {
    @Override
    public long sampleNanos(double u) {
        return nanos;
    }

    @Override
    public String describe() {
        return "fixed(" + Durations.show(nanos) + ")";
    }
}
