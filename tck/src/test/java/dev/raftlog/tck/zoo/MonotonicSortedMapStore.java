package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * A correct {@link SortedMapStore} of the monotonic profile (raft-wal's rules): a batch into a
 * non-empty store must start at {@code lastIndex() + 1}, a batch into an empty store may start
 * anywhere, every batch is contiguous, nothing is overwritten, and only prefix or suffix ranges
 * may be deleted. Anything else is an {@link IllegalArgumentException} saying what was wrong, and
 * changes nothing. {@link #isMonotonic()} is true.
 */
public class MonotonicSortedMapStore extends SortedMapStore {

    public MonotonicSortedMapStore() {
        super();
    }

    public MonotonicSortedMapStore(int maxEntryBytes) {
        super(maxEntryBytes);
    }

    @Override
    public boolean isMonotonic() {
        return true;
    }

    @Override
    protected void checkProfile(List<Log> logs) {
        if (logs.isEmpty()) {
            return;
        }
        if (!entries.isEmpty()) {
            long last = entries.lastKey();
            long start = logs.get(0).index();
            if (start <= last) {
                throw new IllegalArgumentException("monotonic store: logs[0] has index " + start
                        + ", which is already stored (last index " + last
                        + "); delete the suffix before overwriting; nothing of this batch was stored");
            }
            if (last == Long.MAX_VALUE || start != last + 1) {
                throw new IllegalArgumentException("monotonic store: the batch must continue at lastIndex() + 1 = "
                        + (last + 1) + ", but logs[0] has index " + start + "; nothing of this batch was stored");
            }
        }
        requireContiguous(logs);
    }

    /** @throws IllegalArgumentException naming the first element that does not follow its predecessor */
    protected static void requireContiguous(List<Log> logs) {
        for (int i = 1; i < logs.size(); i++) {
            long previous = logs.get(i - 1).index();
            if (previous == Long.MAX_VALUE || logs.get(i).index() != previous + 1) {
                throw new IllegalArgumentException("monotonic store: logs[" + i + "] has index " + logs.get(i).index()
                        + " but must follow logs[" + (i - 1) + "] (index " + previous
                        + ") without a gap; nothing of this batch was stored");
            }
        }
    }

    @Override
    protected void checkDelete(long min, long max) {
        if (!entries.isEmpty() && min > entries.firstKey() && max < entries.lastKey()) {
            throw new IllegalArgumentException("monotonic store: only prefix or suffix ranges may be deleted, but "
                    + min + ".." + max + " lies strictly inside " + entries.firstKey() + ".." + entries.lastKey()
                    + "; nothing was deleted");
        }
    }
}
