package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * A correct {@link SortedMapStore} that keeps its bounds in fields, as hashicorp's InmemStore
 * and most file stores do, instead of asking the map. After every mutation the fields are set
 * from the stored entries; the bounds specimens override {@link #afterBatch} or
 * {@link #afterDelete} with the arithmetic real stores got wrong.
 */
public class TrackedBoundsStore extends SortedMapStore {

    /** The reported first index; 0 when empty. */
    protected long first;
    /** The reported last index; 0 when empty. */
    protected long last;

    public TrackedBoundsStore() {
        super();
    }

    public TrackedBoundsStore(int maxEntryBytes) {
        super(maxEntryBytes);
    }

    @Override
    public synchronized long firstIndex() {
        return first;
    }

    @Override
    public synchronized long lastIndex() {
        return last;
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        afterBatch(batch);
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        afterDelete(min, max);
    }

    /** Updates the bounds after {@code batch} was stored; the fields still hold the old bounds. */
    protected void afterBatch(List<Log> batch) {
        recomputeBounds();
    }

    /** Updates the bounds after {@code min..max} was deleted; the fields still hold the old bounds. */
    protected void afterDelete(long min, long max) {
        recomputeBounds();
    }

    /** Sets both fields from the stored entries: the truth. */
    protected final void recomputeBounds() {
        first = entries.isEmpty() ? 0 : entries.firstKey();
        last = entries.isEmpty() ? 0 : entries.lastKey();
    }
}
