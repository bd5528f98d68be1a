package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.time.Instant;

/**
 * Breaks LS-TRIP-03: decodes an absent appendedAt as the epoch (a zero timestamp field read
 * back as a time), inventing a 1970 append time the oldest-log-age metric then reports (raft
 * #473's family of time-encoding bugs). Present times round trip exactly.
 */
public class AppendedAtInvented extends SortedMapStore {

    @Override
    protected Log decode(Log stored) {
        Log copy = stored.deepCopy();
        return copy.appendedAt() == null ? copy.withAppendedAt(Instant.EPOCH) : copy;
    }
}
