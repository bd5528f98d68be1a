package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.Arrays;

/**
 * Breaks LS-TRIP-04: writes data into a 64 KiB record and silently truncates anything longer,
 * so a 1 MiB configuration entry comes back cut; entries up to 64 KiB round trip.
 */
public class LargeEntryTruncated extends SortedMapStore {

    /** The record size: 64 KiB. */
    public static final int RECORD_BYTES = 64 * 1024;

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        if (copy.data().length <= RECORD_BYTES) {
            return copy;
        }
        return new Log(copy.index(), copy.term(), copy.type(), Arrays.copyOf(copy.data(), RECORD_BYTES),
                copy.extensions(), copy.appendedAt());
    }
}
