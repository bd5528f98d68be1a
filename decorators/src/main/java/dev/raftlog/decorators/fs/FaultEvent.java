package dev.raftlog.decorators.fs;

import java.util.Objects;

/**
 * One fault decision: what was injected or decided, on which file, where and how much.
 * {@code offset} and {@code length} are -1 when they do not apply.
 *
 * @param kind   what happened
 * @param path   the file or directory concerned, as a string of the faulty file system
 * @param offset byte offset in the file, or -1
 * @param length number of bytes concerned, or -1
 * @param detail a human-readable explanation
 */
public record FaultEvent(Kind kind, String path, long offset, long length, String detail) {

    /** Kinds of fault decisions. */
    public enum Kind {
        /** A crash was simulated; {@code detail} names the model and seed. */
        CRASH,
        /** An unsynced write survived the crash. */
        WRITE_KEPT,
        /** An unsynced write was lost in the crash. */
        WRITE_DROPPED,
        /** An unsynced write was torn; {@code detail} lists each sector's fate. */
        WRITE_TORN,
        /** An unsynced directory operation survived the crash. */
        DIR_OP_KEPT,
        /** An unsynced directory operation was lost in the crash. */
        DIR_OP_DROPPED,
        /** A durable entry became unreachable because its directory did not survive. */
        ORPHANED,
        /** A {@code force()} was made to fail. */
        FSYNC_FAILED,
        /** A write was refused for lack of space. */
        DISK_FULL,
        /** Durable content was corrupted. */
        CORRUPTED
    }

    public FaultEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name()).append(' ').append(path);
        if (offset >= 0) {
            s.append(" @").append(offset);
        }
        if (length >= 0) {
            s.append(" len ").append(length);
        }
        return s.append(": ").append(detail).toString();
    }
}
