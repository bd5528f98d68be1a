package dev.raftlog.decorators.fs;

/**
 * What a crash does with each file's writes that were not made durable by a successful
 * {@code force()}. Every random decision is taken from the crash seed.
 */
public enum WriteLoss {
    /** Every unsynced write is lost: the file holds exactly its durable content. */
    LOSE_ALL,
    /** Every unsynced write survives (a process crash: the page cache outlives the process). */
    KEEP_ALL,
    /** Per file, a random prefix (possibly empty, possibly all) of the unsynced writes survives, in order. */
    KEEP_RANDOM_PREFIX,
    /**
     * Per file, a random prefix survives and the next write (the one in flight) is torn: each
     * sector it touches is independently old, new, or filled (zeros or garbage, see {@link TornFill}).
     */
    TORN,
    /**
     * Writeback in any order: the unsynced writes are cut at page boundaries and any subset of the
     * pieces survives (applied in their original order).
     */
    REORDER
}
