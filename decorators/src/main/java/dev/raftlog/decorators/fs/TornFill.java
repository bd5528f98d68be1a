package dev.raftlog.decorators.fs;

/** What a torn sector that is neither old nor new contains after a crash. */
public enum TornFill {
    /** Zeros (the device wrote nothing, the file system shows a hole). */
    ZEROS,
    /** Seeded random bytes (a half-written sector read back as junk). */
    GARBAGE,
    /** Either zeros or garbage, chosen per sector. */
    ZEROS_OR_GARBAGE
}
