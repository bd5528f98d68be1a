package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;

/**
 * Breaks LS-TRIP-02: its record format writes the extensions only inside a data section, so an
 * entry with empty data loses its extensions (go-raftchunking state on a chunk marker, for
 * example); entries with data keep both.
 */
public class ExtensionsDroppedWithoutData extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        return copy.data().length == 0 ? copy.withExtensions(null) : copy;
    }
}
