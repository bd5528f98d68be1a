package dev.raftlog.reference;

import java.util.Arrays;

/**
 * The records of one batch read during recovery, held back until its commit frame proves the
 * batch complete; then applied to the index in log order (entries and tombstones interleaved
 * exactly as written).
 */
final class PendingBatch {
    private byte[] kinds = new byte[64];
    private long[] first = new long[64];
    private long[] second = new long[64];
    private int count;

    void addEntry(long index, long position) {
        add(RecordFormat.KIND_ENTRY, index, position);
    }

    void addTombstone(long min, long max) {
        add(RecordFormat.KIND_TOMBSTONE, min, max);
    }

    private void add(byte kind, long a, long b) {
        if (count == kinds.length) {
            int n = count * 2;
            kinds = Arrays.copyOf(kinds, n);
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
        }
        kinds[count] = kind;
        first[count] = a;
        second[count] = b;
        count++;
    }

    int size() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /** Replays the batch into {@code target} in the order it was written. */
    void applyTo(IndexUpdater target) {
        for (int i = 0; i < count; i++) {
            if (kinds[i] == RecordFormat.KIND_ENTRY) {
                target.put(first[i], second[i]);
            } else {
                target.remove(first[i], second[i]);
            }
        }
        count = 0;
    }

    /** What a batch does to the in-memory state; implemented by the store's live index. */
    interface IndexUpdater {
        void put(long index, long position);

        void remove(long min, long max);
    }
}
