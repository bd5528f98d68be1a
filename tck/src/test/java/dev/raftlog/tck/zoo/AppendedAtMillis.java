package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.time.temporal.ChronoUnit;

/**
 * Breaks LS-TRIP-03: stores appendedAt as epoch milliseconds, so the nanoseconds are lost
 * (raft #473, raft-boltdb PR #38: time encodings that do not round trip).
 */
public class AppendedAtMillis extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        return copy.appendedAt() == null ? copy : copy.withAppendedAt(copy.appendedAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
