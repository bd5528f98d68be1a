package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;

/**
 * Breaks LS-TRIP-01: writes type codes from a table where BARRIER (4) and CONFIGURATION (5)
 * are swapped and reads them with the right one, so a configuration entry comes back as a
 * barrier; the other four types round trip.
 */
public class TypeCodeSwapped extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        LogType written = switch (copy.type()) {
            case BARRIER -> LogType.CONFIGURATION;
            case CONFIGURATION -> LogType.BARRIER;
            default -> copy.type();
        };
        return new Log(copy.index(), copy.term(), written, copy.data(), copy.extensions(), copy.appendedAt());
    }
}
