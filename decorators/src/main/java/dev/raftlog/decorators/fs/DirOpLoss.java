package dev.raftlog.decorators.fs;

/**
 * What a crash does with creations, renames and deletions whose directory was not fsynced
 * since. They form one ordered list across the file system (journal order).
 */
public enum DirOpLoss {
    /** Every unsynced directory operation is lost (strict POSIX: only a directory fsync persists them). */
    LOSE_ALL,
    /** Every unsynced directory operation survives. */
    KEEP_ALL,
    /** A random prefix of the unsynced directory operations survives (a journal cut at a random point). */
    KEEP_RANDOM_PREFIX
}
