package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;

/**
 * Breaks LS-READ-03: treats index 0 as an invalid argument (IllegalArgumentException) instead
 * of "not found" whenever the store holds entries; an empty store answers not-found first, so
 * only getLog(0) on a non-empty store shows it. Raft passes FirstIndex() results, 0 included.
 */
public class ZeroIndexIllegal extends SortedMapStore {

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (index == 0 && !entries.isEmpty()) {
            throw new IllegalArgumentException("index 0 is reserved and can never be read");
        }
        return super.getLog(index);
    }
}
