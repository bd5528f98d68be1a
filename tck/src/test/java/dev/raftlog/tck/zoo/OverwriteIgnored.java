package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-GENERAL-03: writes with put-if-absent, so a second write at an index it holds is
 * silently ignored and the old entry (with its old term) keeps being served; "delete the
 * suffix, then append" still works because the delete really removes the entries.
 */
public class OverwriteIgnored extends SortedMapStore {

    @Override
    protected void applyBatch(List<Log> batch) {
        for (Log log : batch) {
            entries.putIfAbsent(log.index(), log);
        }
    }
}
