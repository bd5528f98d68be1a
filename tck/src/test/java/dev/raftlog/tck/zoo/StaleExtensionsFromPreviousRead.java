package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;

/**
 * Breaks LS-TRIP-07: decodes into a reused record whose extensions field is only assigned when
 * the entry has extensions, so reading an entry without extensions after one with them returns
 * the earlier entry's extensions (Go's GetLog filling a caller's struct, contract rule 15).
 */
public class StaleExtensionsFromPreviousRead extends SortedMapStore {

    private byte[] lastExtensions = new byte[0];

    @Override
    protected Log decode(Log stored) {
        if (stored.extensions().length > 0) {
            lastExtensions = stored.extensions().clone();
        }
        return stored.deepCopy().withExtensions(lastExtensions.clone());
    }
}
