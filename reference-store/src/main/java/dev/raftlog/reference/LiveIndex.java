package dev.raftlog.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's in-memory state: the open segments (contiguous sequence numbers, oldest first)
 * and the {@link PositionIndex} of live entries, with each segment's count of live entries
 * kept in step so that wholly dead segments can be found for prefix deletes. Not thread-safe;
 * guarded by the store's lock.
 */
final class LiveIndex implements PendingBatch.IndexUpdater {

    final List<Segment> segments = new ArrayList<>();
    final PositionIndex positions = new PositionIndex();

    Segment segment(long seq) {
        return segments.get((int) (seq - segments.get(0).seq));
    }

    Segment active() {
        return segments.get(segments.size() - 1);
    }

    @Override
    public void put(long index, long position) {
        long previous = positions.put(index, position);
        if (previous != PositionIndex.NONE) {
            segment(PositionIndex.segmentOf(previous)).liveEntries--;
        }
        segment(PositionIndex.segmentOf(position)).liveEntries++;
    }

    @Override
    public void remove(long min, long max) {
        positions.removeRange(min, max, p -> segment(PositionIndex.segmentOf(p)).liveEntries--);
    }

    /**
     * How many of the oldest segments can be deleted: the longest run of sealed segments, from
     * the oldest, with no live entry. Only a prefix is safe: a record in a dropped segment may be
     * a tombstone or overwrite that kills an entry in an older segment, and that older segment
     * must then be dropped too, or the entry would come back at the next recovery.
     */
    int deadPrefixLength() {
        int n = 0;
        while (n < segments.size() - 1 && segments.get(n).liveEntries == 0) {
            n++;
        }
        return n;
    }
}
