package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-DELETE-08: a monotonic store whose writer keeps its own next-index position; a
 * suffix delete moves lastIndex() back but not the writer, so the follower's repair append at
 * the new lastIndex() + 1 is rejected ("writer expects index 11"). The shape of raft-wal #31/#32:
 * writer state out of step with the log after a truncation.
 */
public class MonotonicTruncateKeepsWriterPosition extends MonotonicSortedMapStore {

    private long writerNext;

    @Override
    protected void checkProfile(List<Log> logs) {
        if (!logs.isEmpty() && !entries.isEmpty() && logs.get(0).index() != writerNext) {
            throw new IllegalArgumentException("writer expects index " + writerNext + ", but logs[0] has index "
                    + logs.get(0).index() + "; nothing of this batch was stored");
        }
        super.checkProfile(logs);
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        if (!entries.isEmpty()) {
            writerNext = entries.lastKey() + 1;
        }
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        if (entries.isEmpty()) {
            writerNext = 0;
        }
    }
}
