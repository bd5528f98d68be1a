package dev.raftlog.reference;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * The byte layout of segment files (see DESIGN.md, "File format"). Every record is a frame:
 * {@code u32 bodyLength | u32 crc32c(bodyLength bytes, body) | body}, big-endian, and the first
 * byte of a body says what the record is. Checksumming the length too means a flipped length
 * is caught instead of sending the reader to a wrong offset.
 */
final class RecordFormat {

    static final int FRAME_HEADER = 8;

    static final byte KIND_ENTRY = 1;
    static final byte KIND_TOMBSTONE = 2;
    static final byte KIND_COMMIT = 3;

    /** kind, index, term, type, hasTime, epochSecond, nano, dataLength, extensionsLength. */
    static final int ENTRY_FIXED = 1 + 8 + 8 + 1 + 1 + 8 + 4 + 4 + 4;
    /** kind, min, max. */
    static final int TOMBSTONE_BODY = 1 + 8 + 8;
    /** kind, offset of the batch's first frame, number of records before this frame. */
    static final int COMMIT_BODY = 1 + 8 + 4;

    static final int TOMBSTONE_FRAME = FRAME_HEADER + TOMBSTONE_BODY;
    static final int COMMIT_FRAME = FRAME_HEADER + COMMIT_BODY;

    /** Bodies above this are structurally impossible (the entry-size option is capped well below). */
    static final int MAX_BODY = (1 << 30) + ENTRY_FIXED;

    private RecordFormat() {
    }

    /** Bytes of the frame that holds {@code log}. */
    static long entryFrameSize(Log log) {
        return FRAME_HEADER + ENTRY_FIXED + (long) log.data().length + log.extensions().length;
    }

    static void putEntry(ByteBuffer out, Log log) {
        int start = out.position();
        int body = ENTRY_FIXED + log.data().length + log.extensions().length;
        out.putInt(body).putInt(0);
        out.put(KIND_ENTRY).putLong(log.index()).putLong(log.term()).put((byte) log.type().code());
        Instant at = log.appendedAt();
        // Seconds + nanos, not epoch nanos: an Instant of year 1 or 9999 does not fit in a long of nanos.
        out.put((byte) (at == null ? 0 : 1)).putLong(at == null ? 0 : at.getEpochSecond()).putInt(at == null ? 0 : at.getNano());
        out.putInt(log.data().length).putInt(log.extensions().length);
        out.put(log.data()).put(log.extensions());
        sealFrame(out, start);
    }

    static void putTombstone(ByteBuffer out, long min, long max) {
        int start = out.position();
        out.putInt(TOMBSTONE_BODY).putInt(0).put(KIND_TOMBSTONE).putLong(min).putLong(max);
        sealFrame(out, start);
    }

    static void putCommit(ByteBuffer out, long batchStart, int records) {
        int start = out.position();
        out.putInt(COMMIT_BODY).putInt(0).put(KIND_COMMIT).putLong(batchStart).putInt(records);
        sealFrame(out, start);
    }

    /** Fills in the CRC of the frame that starts at {@code start} and ends at the current position. */
    private static void sealFrame(ByteBuffer out, int start) {
        out.putInt(start + 4, crcOf(out, start, out.position() - start));
    }

    /**
     * The checksum of the frame at {@code frameStart} in {@code buf} spanning {@code frameLength}
     * bytes: it covers the length field and the body, skipping the stored CRC itself.
     */
    static int crcOf(ByteBuffer buf, int frameStart, int frameLength) {
        CRC32C crc = new CRC32C();
        crc.update(buf.slice(frameStart, 4));
        crc.update(buf.slice(frameStart + FRAME_HEADER, frameLength - FRAME_HEADER));
        return (int) crc.getValue();
    }

    /** Whether the frame at {@code frameStart} (whole frame present in {@code buf}) has a matching CRC. */
    static boolean crcMatches(ByteBuffer buf, int frameStart, int frameLength) {
        return buf.getInt(frameStart + 4) == crcOf(buf, frameStart, frameLength);
    }

    /** Index stored in the entry body that starts at {@code bodyStart}. */
    static long entryIndex(ByteBuffer buf, int bodyStart) {
        return buf.getLong(bodyStart + 1);
    }

    /**
     * Decodes the entry body at {@code bodyStart}, copying its arrays (the buffer is reused).
     *
     * @throws IllegalArgumentException if the body is not a well-formed entry (a CRC-valid body
     *     that does not parse means a bug or a foreign file, reported as corruption by callers)
     */
    static Log decodeEntry(ByteBuffer buf, int bodyStart, int bodyLength) {
        if (bodyLength < ENTRY_FIXED || buf.get(bodyStart) != KIND_ENTRY) {
            throw new IllegalArgumentException("not an entry record");
        }
        int p = bodyStart + 1;
        long index = buf.getLong(p);
        long term = buf.getLong(p + 8);
        LogType type = LogType.fromCode(buf.get(p + 16));
        boolean hasTime = buf.get(p + 17) != 0;
        long seconds = buf.getLong(p + 18);
        int nanos = buf.getInt(p + 26);
        int dataLength = buf.getInt(p + 30);
        int extLength = buf.getInt(p + 34);
        if (dataLength < 0 || extLength < 0 || (long) ENTRY_FIXED + dataLength + extLength != bodyLength) {
            throw new IllegalArgumentException("entry lengths do not add up to the frame length");
        }
        byte[] data = new byte[dataLength];
        byte[] ext = new byte[extLength];
        buf.get(bodyStart + ENTRY_FIXED, data);
        buf.get(bodyStart + ENTRY_FIXED + dataLength, ext);
        Instant at = hasTime ? Instant.ofEpochSecond(seconds, nanos) : null;
        return new Log(index, term, type, data, ext, at);
    }
}
