package dev.raftlog.decorators.latency;

/** Pareto: scale / (1 - u)^(1 / shape), capped. */
record ParetoLatency(long scale, double shape, long cap) implements Latency {
    @Override
    public long sampleNanos(double u) {
        double v = scale / Math.pow(1.0 - u, 1.0 / shape);
        return v >= cap ? cap : (long) v;
    }

    @Override
    public String describe() {
        return "pareto(scale " + Durations.show(scale) + ", shape " + shape
                + (cap == Long.MAX_VALUE ? "" : ", cap " + Durations.show(cap)) + ")";
    }
}
