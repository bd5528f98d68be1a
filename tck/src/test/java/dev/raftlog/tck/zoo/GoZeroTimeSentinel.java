package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.time.Instant;

/**
 * Breaks LS-TRIP-06: encodes an absent appendedAt as Go's zero time (0001-01-01T00:00:00Z) and
 * reads that instant back as absent, so a real appendedAt of exactly year 1, January 1st,
 * midnight UTC disappears ({@code time.Time.IsZero()} used as "not set").
 */
public class GoZeroTimeSentinel extends SortedMapStore {

    /** Go's {@code time.Time{}}. */
    public static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        return copy.appendedAt() == null ? copy.withAppendedAt(GO_ZERO_TIME) : copy;
    }

    @Override
    protected Log decode(Log stored) {
        Log copy = stored.deepCopy();
        return GO_ZERO_TIME.equals(copy.appendedAt()) ? copy.withAppendedAt(null) : copy;
    }
}
