package dev.raftlog.decorators.fs;

/**
 * A single fault in durable data, CORDS-style: one flipped bit, one zeroed sector or one sector
 * of garbage. Immutable; apply with {@link FaultyFileSystem#corrupt}.
 */
public final class Corruption {

    /** The kinds of single faults. */
    public enum Kind {
        /** One bit of the byte at the offset is inverted. */
        BIT_FLIP,
        /** The sector containing the offset is zeroed. */
        ZERO_SECTOR,
        /** The sector containing the offset is filled with seeded random bytes. */
        GARBAGE_SECTOR
    }

    private final Kind kind;
    private final int bit;
    private final long garbageSeed;

    private Corruption(Kind kind, int bit, long garbageSeed) {
        this.kind = kind;
        this.bit = bit;
        this.garbageSeed = garbageSeed;
    }

    /** Inverts bit {@code bit} (0 = least significant, 7 = most) of the byte at the offset. */
    public static Corruption bitFlip(int bit) {
        if (bit < 0 || bit > 7) {
            throw new IllegalArgumentException("bit must be in 0..7, was " + bit);
        }
        return new Corruption(Kind.BIT_FLIP, bit, 0);
    }

    /** Zeros the whole sector containing the offset (clipped to the file's durable size). */
    public static Corruption zeroSector() {
        return new Corruption(Kind.ZERO_SECTOR, 0, 0);
    }

    /** Fills the sector containing the offset with random bytes from {@code seed}. */
    public static Corruption garbageSector(long seed) {
        return new Corruption(Kind.GARBAGE_SECTOR, 0, seed);
    }

    public Kind kind() {
        return kind;
    }

    int bit() {
        return bit;
    }

    long garbageSeed() {
        return garbageSeed;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BIT_FLIP -> "bit flip of bit " + bit;
            case ZERO_SECTOR -> "zeroed sector";
            case GARBAGE_SECTOR -> "garbage sector (seed " + garbageSeed + ")";
        };
    }
}
