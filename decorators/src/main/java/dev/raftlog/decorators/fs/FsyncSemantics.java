package dev.raftlog.decorators.fs;

/** What the file system does after it made a {@code force()} fail. */
public enum FsyncSemantics {
    /**
     * ext4/XFS behaviour (Rebello et al., ATC'20): the dirty data is marked clean without having
     * become durable. It stays readable until the next crash, a later {@code force()} succeeds,
     * and the data is gone after a crash anyway.
     */
    LINUX,
    /** Every later {@code force()} of the same file fails too; its unsynced writes stay unsynced. */
    FAIL_ALWAYS
}
