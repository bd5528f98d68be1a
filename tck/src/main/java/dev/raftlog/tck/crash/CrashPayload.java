package dev.raftlog.tck.crash;

/**
 * The data bytes of the entries the crash suite writes: a pure function of index, term and size,
 * so a counterexample printed as Java rebuilds exactly the bytes that were written, and two
 * versions of an index (different terms) never look alike.
 */
public final class CrashPayload {
    private CrashPayload() {
    }

    /** {@code size} pseudo-random bytes determined by {@code index} and {@code term}. */
    public static byte[] bytes(long index, long term, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        byte[] b = new byte[size];
        long x = index * 0x9E3779B97F4A7C15L ^ (term + 1) * 0xC2B2AE3D27D4EB4FL ^ size;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            b[i] = (byte) (x >>> 24);
        }
        return b;
    }
}
