package dev.raftlog.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * In-memory map from log index to the position of its record on disk, for the live entries
 * only. A position packs the segment sequence number (high 23 bits) and the byte offset in
 * the segment (low 40 bits) into one long.
 *
 * <p>Entries are kept as {@link Run}s of contiguous indexes, so the normal Raft pattern
 * (contiguous appends, prefix and suffix deletes) costs 8 bytes per entry plus growth slack
 * and one run object per 65536 entries. Gaps, overwrites and out-of-order writes of the general
 * profile are supported too: an index outside every run starts a new run. Not thread-safe; the
 * store guards it with its read/write lock.
 */
final class PositionIndex {

    static final long NONE = -1;
    static final int OFFSET_BITS = 40;
    static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    static final long MAX_SEGMENT_SEQ = (1L << (63 - OFFSET_BITS)) - 1;

    private final TreeMap<Long, Run> runs = new TreeMap<>();
    private long size;

    static long position(long segmentSeq, long offset) {
        return (segmentSeq << OFFSET_BITS) | offset;
    }

    static long segmentOf(long position) {
        return position >>> OFFSET_BITS;
    }

    static long offsetOf(long position) {
        return position & OFFSET_MASK;
    }

    /** The position of {@code index}, or {@link #NONE}. */
    long get(long index) {
        Map.Entry<Long, Run> e = runs.floorEntry(index);
        if (e == null) {
            return NONE;
        }
        Run r = e.getValue();
        long offset = index - r.base;
        return offset < r.count ? r.positions[(int) offset] : NONE;
    }

    /** Maps {@code index} to {@code position}; returns the position it replaces, or {@link #NONE}. */
    long put(long index, long position) {
        Map.Entry<Long, Run> e = runs.floorEntry(index);
        if (e != null) {
            Run r = e.getValue();
            long offset = index - r.base;
            if (offset < r.count) {
                long previous = r.positions[(int) offset];
                r.positions[(int) offset] = position;
                return previous;
            }
            // floorEntry guarantees no run starts in (r.base, index], so appending keeps runs disjoint.
            if (r.canAppend(index)) {
                r.append(position);
                size++;
                return NONE;
            }
        }
        runs.put(index, Run.single(index, position));
        size++;
        return NONE;
    }

    /** Removes every index in {@code min..max}, passing each removed position to {@code removed}. */
    void removeRange(long min, long max, LongConsumer removed) {
        Long from = runs.floorKey(min);
        List<Run> touched = new ArrayList<>(runs.subMap(from == null ? min : from, true, max, true).values());
        for (Run r : touched) {
            long lo = Math.max(min, r.base);
            long hi = Math.min(max, r.last());
            if (lo > hi) {
                continue;
            }
            int loOff = (int) (lo - r.base);
            int hiOff = (int) (hi - r.base);
            for (int i = loOff; i <= hiOff; i++) {
                removed.accept(r.positions[i]);
            }
            size -= hiOff - loOff + 1;
            int rightCount = r.count - hiOff - 1;
            if (rightCount > 0) {
                long[] right = Arrays.copyOfRange(r.positions, hiOff + 1, hiOff + 1 + Math.max(rightCount, 8));
                runs.put(hi + 1, new Run(hi + 1, right, rightCount));
            }
            if (loOff > 0) {
                r.count = loOff; // keep the left part in place: a suffix delete is followed by appends
            } else {
                runs.remove(r.base);
            }
        }
    }

    /** Whether any index in {@code min..max} is present. */
    boolean containsAny(long min, long max) {
        Map.Entry<Long, Run> e = runs.floorEntry(min);
        if (e != null && e.getValue().last() >= min) {
            return true;
        }
        Long next = runs.higherKey(min);
        return next != null && next <= max;
    }

    long first() {
        return runs.isEmpty() ? 0 : runs.firstKey();
    }

    long last() {
        return runs.isEmpty() ? 0 : runs.lastEntry().getValue().last();
    }

    long size() {
        return size;
    }

    int runCount() {
        return runs.size();
    }

    /** Estimated heap bytes of the index: arrays by capacity, run objects and tree nodes. */
    long heapBytes() {
        long bytes = 48; // the tree map itself
        for (Run r : runs.values()) {
            bytes += r.heapBytes() + 40 + 16; // tree entry + boxed key
        }
        return bytes;
    }
}
