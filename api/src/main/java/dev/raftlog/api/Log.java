package dev.raftlog.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One Raft log entry. A value: {@code equals}, {@code hashCode} and {@code toString} go by
 * content.
 *
 * <p>{@code data} and {@code extensions} of {@code null} mean empty, and read back as empty
 * arrays. Like hashicorp/raft's {@code Log}, this record does <em>not</em> copy its arrays: a
 * store must copy them on the way in and on the way out (the kit checks that it does), so that
 * callers and the store never share an array.
 *
 * @param index      position in the log, at least 1
 * @param term       election term of the entry, at least 0
 * @param type       kind of entry, not null
 * @param data       payload, never null once constructed
 * @param extensions opaque middleware bytes, never null once constructed
 * @param appendedAt the leader's clock at first append, or null when not set
 */
public record Log(long index, long term, LogType type, byte[] data, byte[] extensions, Instant appendedAt) {

    private static final byte[] EMPTY = new byte[0];
    private static final int SHOWN_BYTES = 16;

    /**
     * @throws IllegalArgumentException if {@code index < 1} or {@code term < 0}
     * @throws NullPointerException if {@code type} is null
     */
    public Log {
        if (index < 1) {
            throw new IllegalArgumentException("Log index must be >= 1, was " + index);
        }
        if (term < 0) {
            throw new IllegalArgumentException("Log term must be >= 0, was " + term + " (index " + index + ")");
        }
        Objects.requireNonNull(type, () -> "Log type must not be null (index " + index + ")");
        data = data == null ? EMPTY : data;
        extensions = extensions == null ? EMPTY : extensions;
    }

    /** A {@link LogType#COMMAND} entry with no data. */
    public static Log of(long index, long term) {
        return new Log(index, term, LogType.COMMAND, EMPTY, EMPTY, null);
    }

    /** A {@link LogType#COMMAND} entry with the given data (not copied). */
    public static Log command(long index, long term, byte[] data) {
        return new Log(index, term, LogType.COMMAND, data, EMPTY, null);
    }

    /** An entry of the given type and data (not copied), without extensions or time. */
    public static Log of(long index, long term, LogType type, byte[] data) {
        return new Log(index, term, type, data, EMPTY, null);
    }

    /** This entry with other extensions (not copied). */
    public Log withExtensions(byte[] newExtensions) {
        return new Log(index, term, type, data, newExtensions, appendedAt);
    }

    /** This entry with another append time (null for none). */
    public Log withAppendedAt(Instant newAppendedAt) {
        return new Log(index, term, type, data, extensions, newAppendedAt);
    }

    /** This entry moved to another index. */
    public Log withIndex(long newIndex) {
        return new Log(newIndex, term, type, data, extensions, appendedAt);
    }

    /** This entry with a copy of each array, sharing nothing with this one. */
    public Log deepCopy() {
        return new Log(index, term, type, data.clone(), extensions.clone(), appendedAt);
    }

    /** Bytes of payload: {@code data.length + extensions.length}. */
    public long payloadSize() {
        return (long) data.length + extensions.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Log other
                && index == other.index
                && term == other.term
                && type == other.type
                && Arrays.equals(data, other.data)
                && Arrays.equals(extensions, other.extensions)
                && Objects.equals(appendedAt, other.appendedAt);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(index);
        h = 31 * h + Long.hashCode(term);
        h = 31 * h + type.hashCode();
        h = 31 * h + Arrays.hashCode(data);
        h = 31 * h + Arrays.hashCode(extensions);
        return 31 * h + Objects.hashCode(appendedAt);
    }

    @Override
    public String toString() {
        return "Log[index=" + index + ", term=" + term + ", type=" + type
                + ", data=" + show(data) + ", extensions=" + show(extensions)
                + ", appendedAt=" + appendedAt + "]";
    }

    private static String show(byte[] bytes) {
        StringBuilder s = new StringBuilder("0x");
        int shown = Math.min(bytes.length, SHOWN_BYTES);
        for (int i = 0; i < shown; i++) {
            s.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        if (bytes.length > SHOWN_BYTES) {
            s.append("...");
        }
        return s.append(" (").append(bytes.length).append(bytes.length == 1 ? " byte)" : " bytes)").toString();
    }
}
