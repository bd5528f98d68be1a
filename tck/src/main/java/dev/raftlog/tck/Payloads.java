package dev.raftlog.tck;

/**
 * Deterministic byte patterns the kit stores in large entries. Public so that a counterexample
 * printed as Java code ({@code Payloads.pattern(8388608)}) can be pasted into a test as it is.
 */
public final class Payloads {
    private Payloads() {
    }

    /** {@code size} bytes of a fixed, non-repeating-looking pattern (a xorshift stream). */
    public static byte[] pattern(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        byte[] bytes = new byte[size];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        return bytes;
    }

    /** The bytes given, for short payloads in printed code: {@code bytes(1, 2, 3)}. */
    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
