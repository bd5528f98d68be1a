package dev.raftlog.decorators;

/**
 * The seeded randomness behind every decorator: every random decision of a wrapper (and of
 * method-level fault rules) comes from one seed. A draw is a pure function of
 * (seed, stream, call number): the stream names the decision (a rule, the latency of an
 * operation) and the call number is which call of that stream it is. So the n-th getLog gets
 * the same latency whatever other threads do in between, and no lock or shared random state
 * sits on the call path. The mixing function is SplitMix64's finaliser.
 */
public final class SeededDraws {

    private final long seed;

    /** Draws from {@code seed}. */
    public SeededDraws(long seed) {
        this.seed = seed;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** A uniform double in [0, 1) for the n-th decision of {@code stream}. */
    public double uniform(long stream, long n) {
        long x = mix(mix(seed ^ (stream * 0x9E3779B97F4A7C15L)) + n * 0xD1B54A32D192ED03L);
        return (x >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
