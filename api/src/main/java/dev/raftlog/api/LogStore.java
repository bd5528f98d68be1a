package dev.raftlog.api;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Durable storage for Raft log entries: hashicorp/raft's {@code LogStore}, in Java.
 *
 * <p>Indexes are positive {@code long}s. A store holds a set of entries between
 * {@link #firstIndex()} and {@link #lastIndex()}; which gaps it may hold depends on its profile
 * (a <em>general</em> store accepts gaps, overwrites and middle deletes; a <em>monotonic</em>
 * store, see {@link #isMonotonic()}, only contiguous appends and prefix or suffix deletes).
 * The full contract, rule by rule, is the requirement catalogue of the conformance kit
 * ({@code raftlog-tck}, {@code REQUIREMENTS.md}).
 *
 * <p>Raft calls a store from several threads at once; implementations must be thread-safe.
 */
public interface LogStore extends Closeable {

    /** The lowest stored index, or 0 when the store is empty. */
    long firstIndex() throws IOException;

    /** The highest stored index, or 0 when the store is empty. */
    long lastIndex() throws IOException;

    /**
     * The entry at {@code index}. The returned entry shares no array with the store.
     *
     * @throws LogNotFoundException if no entry is stored at {@code index} (including 0)
     * @throws IllegalArgumentException if {@code index} is negative
     */
    Log getLog(long index) throws IOException;

    /** Stores one entry; the same as {@code storeLogs(List.of(log))}. */
    default void storeLog(Log log) throws IOException {
        if (log == null) {
            throw new NullPointerException("log must not be null");
        }
        storeLogs(List.of(log));
    }

    /**
     * Stores a batch of entries, all or nothing: when this returns, every entry is durable and
     * visible; when it throws, none is. An empty batch is a no-op. The store must not keep
     * references to the callers' arrays.
     *
     * @throws NullPointerException if {@code logs} or one of its elements is null
     */
    void storeLogs(List<Log> logs) throws IOException;

    /**
     * Deletes every entry with {@code min <= index <= max} (both inclusive). {@code min > max}
     * is a no-op; a range reaching outside the stored entries is clamped to them.
     *
     * @throws IllegalArgumentException if {@code min} or {@code max} is negative
     */
    void deleteRange(long min, long max) throws IOException;

    /**
     * Whether this store holds only contiguous entries (hashicorp/raft's
     * {@code MonotonicLogStore}). Raft then deletes the whole log after restoring a snapshot
     * instead of leaving a gap. Wrappers must pass this through from the store they wrap.
     */
    default boolean isMonotonic() {
        return false;
    }

    /** Releases the store's resources. Entries already stored stay durable. */
    @Override
    default void close() throws IOException {
    }
}
