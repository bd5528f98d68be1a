package dev.raftlog.tck.property;

/**
 * The only source of randomness a {@link Gen} may use: a sequence of recorded, non-negative
 * choices.
 *
 * <p>While searching, each choice is drawn at random and recorded; while shrinking or replaying,
 * the recorded (or edited) sequence is played back, and any choice beyond its end is 0. A
 * generator that draws everything from here therefore shrinks and replays without writing any
 * shrinking code: a smaller choice means a "simpler" value, so generators should map 0 to their
 * simplest value.
 *
 * <p>Instances are handed to generators by the engine; they are not thread-safe and must not be
 * kept after {@link Gen#generate} returns.
 */
public interface Choices {

    /**
     * A choice in {@code [0, maxInclusive]}. Random draws are roughly uniform with a bias
     * towards 0, {@code maxInclusive} and small values (where bugs live); shrinking moves the
     * choice towards 0.
     *
     * @throws IllegalArgumentException if {@code maxInclusive} is negative
     */
    long choose(long maxInclusive);

    /** A fair coin; shrinks towards {@code false}. */
    default boolean chooseBoolean() {
        return choose(1) == 1;
    }

    /**
     * A biased coin that is {@code true} with probability {@code pTrue} while searching and
     * shrinks towards {@code false}. Collection generators use it for "one more element?", so
     * that shrinking a {@code true} to {@code false} ends the collection there.
     *
     * @throws IllegalArgumentException if {@code pTrue} is not within {@code [0, 1]}
     */
    boolean weighted(double pTrue);
}
