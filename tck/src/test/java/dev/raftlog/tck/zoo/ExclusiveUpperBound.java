package dev.raftlog.tck.zoo;

/**
 * Breaks LS-DELETE-04: prefix and suffix deletes have their own (correct) truncation paths, but
 * a range strictly inside the log goes through a loop written as {@code i < max}, so
 * 1..10 + deleteRange(4, 6) keeps entry 6. Bounds stay right.
 */
public class ExclusiveUpperBound extends SortedMapStore {

    @Override
    protected void applyDelete(long min, long max) {
        boolean middle = !entries.isEmpty() && min > entries.firstKey() && max < entries.lastKey();
        entries.subMap(min, true, max, !middle).clear();
    }
}
