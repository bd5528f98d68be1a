package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-EMPTY-02: getLog on a brand-new store searches a segment list that is still empty
 * and throws IllegalStateException instead of LogNotFoundException (index 0 is short-circuited
 * to not-found first); after the first write every missing index is reported correctly.
 */
public class EmptyStoreReadFails extends SortedMapStore {

    private boolean segmentCreated;

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (index > 0 && !segmentCreated) {
            throw new IllegalStateException("no segment holds index " + index + ": the segment list is empty");
        }
        return super.getLog(index);
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        segmentCreated |= !batch.isEmpty();
    }
}
