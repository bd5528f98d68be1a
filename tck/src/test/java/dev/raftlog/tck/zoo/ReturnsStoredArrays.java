package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;

/**
 * Breaks LS-ALIAS-02: hands out the stored entry itself, so a caller writing into the data or
 * extensions array it got from getLog changes the stored entry and every later read. Writes are
 * copied.
 */
public class ReturnsStoredArrays extends SortedMapStore {

    @Override
    protected Log decode(Log stored) {
        return stored;
    }
}
