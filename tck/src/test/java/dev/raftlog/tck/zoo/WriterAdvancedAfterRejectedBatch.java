package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-BATCH-01: a monotonic store with an 8 MiB entry limit whose writer advances its
 * next-index position before the batch is known to be good; a batch rejected for an oversize
 * entry leaves nothing visible, but the next append at lastIndex() + 1 is refused ("writer
 * expects index ..."): raft-wal #32, writer state advanced after a failed write.
 */
public class WriterAdvancedAfterRejectedBatch extends MonotonicSortedMapStore {

    private long writerNext;

    public WriterAdvancedAfterRejectedBatch() {
        super(EIGHT_MIB);
    }

    @Override
    protected void checkBatch(List<Log> logs) throws IOException {
        requireNoNullElements(logs);
        if (logs.isEmpty()) {
            return;
        }
        long start = logs.get(0).index();
        if (writerNext != 0 && start != writerNext) {
            throw new IllegalArgumentException("writer expects index " + writerNext + ", but logs[0] has index "
                    + start + "; nothing of this batch was stored");
        }
        checkProfile(logs);
        writerNext = start + logs.size();
        for (int i = 0; i < logs.size(); i++) {
            requireWithinSize(i, logs.get(i));
        }
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        writerNext = entries.isEmpty() ? 0 : entries.lastKey() + 1;
    }
}
