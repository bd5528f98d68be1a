package dev.raftlog.tck.zoo;

/**
 * Breaks LS-MONO-01: a correct general-profile store (gaps, overwrites, middle deletes) whose
 * isMonotonic() says true, so raft would empty it after every snapshot restore for nothing;
 * declared to the kit as general.
 */
public class GeneralClaimsMonotonic extends SortedMapStore {

    @Override
    public boolean isMonotonic() {
        return true;
    }
}
