package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-APPEND-01: a brand-new store creates its first segment with base index 1 and
 * reports that base as firstIndex(), so a first batch 5..10 (raft's append after installing a
 * snapshot) reports first 1: raft-wal PR #24. The first delete rebuilds the bounds from the
 * entries, and after everything was deleted the next first batch is reported right.
 */
public class FirstAppendAssumesOne extends TrackedBoundsStore {

    private boolean firstSegment = true;

    @Override
    protected void afterBatch(List<Log> batch) {
        recomputeBounds();
        if (firstSegment && !entries.isEmpty()) {
            first = 1;
        }
    }

    @Override
    protected void afterDelete(long min, long max) {
        firstSegment = false;
        recomputeBounds();
    }
}
