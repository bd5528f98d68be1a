package dev.raftlog.reference;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Data the store had acknowledged is damaged: a checksum mismatch, an impossible length, a
 * missing segment, or a record that does not parse, found at {@link #file()} byte
 * {@link #offset()}. Thrown by {@link FileLogStore#open} when recovery finds such damage before
 * the last complete batch, and by {@link FileLogStore#getLog} when a record fails its checksum
 * on read. Never thrown for a torn, unacknowledged tail: recovery truncates that.
 */
public class CorruptLogException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;

    /** Damage in {@code file} at byte {@code offset}, described by {@code detail}. */
    public CorruptLogException(Path file, long offset, String detail) {
        super("corrupt log: " + file + " at offset " + offset + ": " + detail);
        this.file = file;
        this.offset = offset;
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }

    /** Byte offset of the damaged record (or header) in {@link #file()}. */
    public long offset() {
        return offset;
    }
}
