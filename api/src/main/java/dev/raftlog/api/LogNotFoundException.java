package dev.raftlog.api;

import java.io.IOException;

/**
 * Thrown by {@link LogStore#getLog(long)} when the store holds no entry at the index: never
 * written, deleted, or 0. This is hashicorp/raft's {@code ErrLogNotFound}; raft tells it apart
 * from every other error to decide to send a snapshot, so a store must throw exactly this type
 * (or a subclass) and nothing else for a missing entry.
 */
public class LogNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long index;

    /** A not-found error for {@code index}. */
    public LogNotFoundException(long index) {
        super("log not found: index " + index);
        this.index = index;
    }

    /** A not-found error for {@code index}, with a store-specific explanation. */
    public LogNotFoundException(long index, String detail) {
        super("log not found: index " + index + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
        this.index = index;
    }

    /** The index that was asked for. */
    public long index() {
        return index;
    }
}
