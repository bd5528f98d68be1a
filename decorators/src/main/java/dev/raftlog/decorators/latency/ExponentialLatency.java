package dev.raftlog.decorators.latency;

/** Exponential with the given mean: -mean * ln(1 - u). */
record ExponentialLatency(long mean) implements Latency {
    @Override
    public long sampleNanos(double u) {
        double v = -mean * Math.log1p(-u);
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
    }

    @Override
    public String describe() {
        return "exponential(mean " + Durations.show(mean) + ")";
    }
}
