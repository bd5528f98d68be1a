package dev.raftlog.reference;

import java.util.Arrays;

/**
 * Positions of a contiguous range of log indexes {@code base .. base+count-1}, all present.
 * Appending grows the array by half, so capacity stays within 1.5x of {@code count}.
 */
final class Run {
    static final int MAX_LENGTH = 1 << 16;

    final long base;
    int count;
    long[] positions;

    Run(long base, long[] positions, int count) {
        this.base = base;
        this.positions = positions;
        this.count = count;
    }

    static Run single(long base, long position) {
        long[] p = new long[8];
        p[0] = position;
        return new Run(base, p, 1);
    }

    /** Highest index held (no overflow even at {@code Long.MAX_VALUE}). */
    long last() {
        return base + (count - 1);
    }

    /** Whether {@code index} is the one just after this run, and there is room for it. */
    boolean canAppend(long index) {
        return count < MAX_LENGTH && index - base == count;
    }

    void append(long position) {
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, Math.min(MAX_LENGTH, count + (count >> 1) + 1));
        }
        positions[count++] = position;
    }

    long heapBytes() {
        // object header + fields, array header + slots
        return 32 + 16 + 8L * positions.length;
    }
}
