package dev.raftlog.decorators.latency;

/** Uniform in [min, max]. */
record UniformLatency(long min, long max) implements Latency {
    @Override
    public long sampleNanos(double u) {
        long v = min + (long) (u * ((double) (max - min) + 1.0));
        return Math.min(v, max); // rounding near u = 1 must not leave the range
    }

    @Override
    public String describe() {
        return "uniform(" + Durations.show(min) + ".." + Durations.show(max) + ")";
    }
}
