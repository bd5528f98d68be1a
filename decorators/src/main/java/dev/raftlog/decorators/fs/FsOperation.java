package dev.raftlog.decorators.fs;

import java.util.Objects;

/**
 * One completed mutating operation on a {@link FaultyFileSystem}: the points where a crash
 * suite may crash. {@code index} counts from 1 in the order the operations took effect.
 *
 * @param index  1-based position of the operation in this file system's history
 * @param kind   what it was
 * @param path   the file or directory it acted on
 * @param offset byte offset for writes, new size for truncations, otherwise -1
 * @param length bytes written for writes, otherwise -1
 */
public record FsOperation(long index, Kind kind, String path, long offset, long length) {

    /** Kinds of mutating operations. */
    public enum Kind {
        WRITE, TRUNCATE, FSYNC, FSYNC_FAILED, DIR_FSYNC, CREATE_FILE, CREATE_DIRECTORY, DELETE, RENAME
    }

    public FsOperation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /** Whether this is a successful file or directory fsync (CrashMonkey's crash points). */
    public boolean isSyncBoundary() {
        return kind == Kind.FSYNC || kind == Kind.DIR_FSYNC;
    }
}
