package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A deliberately simple, correct, synchronized {@link LogStore} of the general profile, the
 * base every specimen of the zoo breaks in exactly one place. It promises the whole contract:
 * arrays are copied in and out, a batch is validated completely before anything is stored (null
 * elements and, when a limit is set, oversize entries are rejected with a message naming the
 * element), negative arguments are rejected with {@link IllegalArgumentException}, deletes are
 * inclusive and clamped, and every missing index (0 included) is {@link LogNotFoundException}.
 *
 * <p>The protected hooks are where real stores go wrong; a specimen overrides one of them.
 */
public class SortedMapStore implements LogStore {

    /** No size limit: every entry is accepted. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** 8 MiB: the kit's default declared maximum entry size, used by specimens that enforce one. */
    public static final int EIGHT_MIB = 8 * 1024 * 1024;

    /** The stored entries, each a private copy nobody else holds (unless a specimen's bug says otherwise). */
    protected final NavigableMap<Long, Log> entries = new TreeMap<>();

    private final int maxEntryBytes;

    /** A store without a size limit. */
    public SortedMapStore() {
        this(NO_LIMIT);
    }

    /** A store that rejects entries whose data or extensions exceed {@code maxEntryBytes}. */
    public SortedMapStore(int maxEntryBytes) {
        if (maxEntryBytes < 1) {
            throw new IllegalArgumentException("maxEntryBytes must be >= 1, was " + maxEntryBytes);
        }
        this.maxEntryBytes = maxEntryBytes;
    }

    @Override
    public synchronized long firstIndex() throws IOException {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    @Override
    public synchronized long lastIndex() throws IOException {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    @Override
    public synchronized Log getLog(long index) throws IOException {
        requireNonNegative("index", index);
        Log stored = entries.get(index);
        if (stored == null) {
            throw new LogNotFoundException(index);
        }
        return decode(stored);
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        checkBatch(logs);
        List<Log> encoded = new ArrayList<>(logs.size());
        for (Log log : logs) {
            encoded.add(encode(log));
        }
        applyBatch(encoded);
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        requireNonNegative("min", min);
        requireNonNegative("max", max);
        if (min > max) {
            return;
        }
        checkDelete(min, max);
        applyDelete(min, max);
    }

    /** Validates the whole batch before anything is stored: nulls, sizes, then the profile's rules. */
    protected void checkBatch(List<Log> logs) throws IOException {
        requireNoNullElements(logs);
        for (int i = 0; i < logs.size(); i++) {
            requireWithinSize(i, logs.get(i));
        }
        checkProfile(logs);
    }

    /** The profile's rules for a batch of non-null entries; the general profile accepts all. */
    protected void checkProfile(List<Log> logs) throws IOException {
    }

    /** The profile's rules for a delete with {@code 0 <= min <= max}; the general profile accepts all. */
    protected void checkDelete(long min, long max) throws IOException {
    }

    /** What is kept for a caller's entry: a copy sharing no array with the caller. */
    protected Log encode(Log in) {
        return in.deepCopy();
    }

    /** What a caller gets for a stored entry: a copy sharing no array with the store. */
    protected Log decode(Log stored) {
        return stored.deepCopy();
    }

    /** Stores an encoded, fully validated batch. */
    protected void applyBatch(List<Log> batch) throws IOException {
        for (Log log : batch) {
            entries.put(log.index(), log);
        }
    }

    /** Deletes {@code min..max} inclusive, {@code 0 <= min <= max}, clamped to what is stored. */
    protected void applyDelete(long min, long max) throws IOException {
        entries.subMap(min, true, max, true).clear();
    }

    /** @throws NullPointerException naming the batch or the first null element */
    protected static void requireNoNullElements(List<Log> logs) {
        if (logs == null) {
            throw new NullPointerException("logs must not be null");
        }
        for (int i = 0; i < logs.size(); i++) {
            if (logs.get(i) == null) {
                throw new NullPointerException("logs[" + i + "] is null; nothing of this batch was stored");
            }
        }
    }

    /** @throws IllegalArgumentException naming the entry whose data or extensions exceed the limit */
    protected void requireWithinSize(int position, Log log) {
        if (log.data().length > maxEntryBytes || log.extensions().length > maxEntryBytes) {
            throw new IllegalArgumentException("logs[" + position + "] (index " + log.index() + ") has "
                    + log.data().length + " bytes of data and " + log.extensions().length
                    + " bytes of extensions, more than the maximum entry size of " + maxEntryBytes + " bytes");
        }
    }

    /** @throws IllegalArgumentException naming the argument when it is negative */
    protected static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }

    @Override
    public synchronized String toString() {
        return getClass().getSimpleName() + entries.keySet();
    }
}
