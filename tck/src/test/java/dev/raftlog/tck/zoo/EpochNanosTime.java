package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.time.Instant;

/**
 * Breaks LS-TRIP-06: stores appendedAt as epoch nanoseconds in a long, Go's UnixNano, which
 * silently wraps for times after 2262-04-11 or before 1677-09-21; every time in between round
 * trips exactly (raft #473: time encoding).
 */
public class EpochNanosTime extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        Instant t = copy.appendedAt();
        if (t == null) {
            return copy;
        }
        long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano(); // wraps, as UnixNano does
        return copy.withAppendedAt(Instant.ofEpochSecond(0, nanos));
    }
}
