package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;

/**
 * Breaks LS-ALIAS-01: keeps the caller's {@link Log} object and its arrays instead of copies,
 * as hashicorp's InmemStore and LogCache do (contract rule 16), so a caller reusing its buffer
 * after storeLogs changes what getLog returns. Reads are copied.
 */
public class KeepsCallerArrays extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        return in;
    }
}
