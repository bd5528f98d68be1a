package dev.raftlog.tck.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The engine's {@link Choices}: plays back a prefix of choices, then either draws at random
 * (while searching) or returns 0 (while shrinking and replaying), and records every choice it
 * hands out so that a try can be replayed exactly.
 */
final class ChoiceSource implements Choices {

    private static final long[] NO_CHOICES = new long[0];

    private final SplittableRandom random;
    private final long[] prefix;
    private final int maxChoices;
    private long[] recorded = new long[32];
    private int size;
    private boolean overran;

    private ChoiceSource(SplittableRandom random, long[] prefix, int maxChoices) {
        this.random = random;
        this.prefix = prefix;
        this.maxChoices = maxChoices;
    }

    /** A source that draws every choice from {@code random}. */
    static ChoiceSource random(SplittableRandom random, int maxChoices) {
        return new ChoiceSource(random, NO_CHOICES, maxChoices);
    }

    /** A source that plays back {@code choices} and answers 0 once they run out. */
    static ChoiceSource replay(long[] choices, int maxChoices) {
        return new ChoiceSource(null, choices, maxChoices);
    }

    @Override
    public long choose(long maxInclusive) {
        if (maxInclusive < 0) {
            throw new IllegalArgumentException("maxInclusive must be >= 0, was " + maxInclusive);
        }
        long value;
        if (size < prefix.length) {
            // An edited sequence may hold a value that no longer fits here; clamping keeps the
            // try valid, and the recorded (clamped) value is what shrinking continues from.
            value = Math.min(prefix[size], maxInclusive);
        } else if (random == null) {
            value = 0;
        } else {
            value = draw(maxInclusive);
        }
        return record(value);
    }

    @Override
    public boolean weighted(double pTrue) {
        if (!(pTrue >= 0.0 && pTrue <= 1.0)) {
            throw new IllegalArgumentException("pTrue must be within [0, 1], was " + pTrue);
        }
        long value;
        if (size < prefix.length) {
            value = Math.min(prefix[size], 1);
        } else if (random == null) {
            value = 0;
        } else {
            value = random.nextDouble() < pTrue ? 1 : 0;
        }
        return record(value) == 1;
    }

    /** Whether this try asked for more than the allowed number of choices. */
    boolean overran() {
        return overran;
    }

    /** The choices handed out so far, in order. */
    long[] recorded() {
        return Arrays.copyOf(recorded, size);
    }

    private long record(long value) {
        if (size >= maxChoices) {
            overran = true;
            throw new TryDiscarded("the try drew more than " + maxChoices + " choices");
        }
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = value;
        return value;
    }

    private long draw(long max) {
        if (max == 0) {
            return 0;
        }
        if (max > 16) {
            // Uniform draws from a big range almost never hit the edges or small numbers, which
            // is where off-by-one and overflow bugs are; spend a quarter of the draws there.
            int roll = random.nextInt(16);
            if (roll == 0) {
                return 0;
            }
            if (roll == 1) {
                return max;
            }
            if (roll < 4) {
                int bits = 1 + random.nextInt(64 - Long.numberOfLeadingZeros(max));
                return Math.min(max, random.nextLong() >>> (64 - bits));
            }
        }
        return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    }
}
