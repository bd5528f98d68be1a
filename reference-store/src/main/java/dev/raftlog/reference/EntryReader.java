package dev.raftlog.reference;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads one entry record for {@code getLog}: from the segment's mapping when it has one, else
 * with a positional read into a per-thread buffer. Every read checks the frame length, the
 * CRC32C and that the record holds the index asked for; any mismatch is a
 * {@link CorruptLogException} naming the file and offset. The returned {@link Log} owns fresh
 * arrays.
 */
final class EntryReader {

    /** Enough for one 4 KiB entry and its framing in a single read. */
    private static final int READ_AHEAD = 4096 + 64;
    private static final ThreadLocal<ByteBuffer> READ_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_AHEAD));

    private EntryReader() {
    }

    static Log read(Segment seg, long offset, long index) throws IOException {
        if (seg.mapped != null) {
            return readMapped(seg, (int) offset, index);
        }
        long available = seg.size - offset;
        ByteBuffer buf = READ_BUFFER.get();
        buf.clear().limit((int) Math.min(buf.capacity(), available));
        if (available < RecordFormat.FRAME_HEADER + RecordFormat.ENTRY_FIXED || !Segment.readFully(seg.channel, buf, offset)) {
            throw new CorruptLogException(seg.path, offset, "record of index " + index + " is cut short");
        }
        int bodyLength = buf.getInt(0);
        if (bodyLength < RecordFormat.ENTRY_FIXED || bodyLength > available - RecordFormat.FRAME_HEADER) {
            throw new CorruptLogException(seg.path, offset, "impossible frame length " + bodyLength + " for index " + index);
        }
        int frameLength = RecordFormat.FRAME_HEADER + bodyLength;
        if (frameLength > buf.limit()) {
            buf = ByteBuffer.allocate(frameLength);
            if (!Segment.readFully(seg.channel, buf, offset)) {
                throw new CorruptLogException(seg.path, offset, "record of index " + index + " is cut short");
            }
        }
        return decodeChecked(seg, buf, 0, bodyLength, index, offset);
    }

    private static Log readMapped(Segment seg, int offset, long index) throws IOException {
        ByteBuffer map = seg.mapped;
        int available = map.limit() - offset;
        if (available < RecordFormat.FRAME_HEADER + RecordFormat.ENTRY_FIXED) {
            throw new CorruptLogException(seg.path, offset, "record of index " + index + " is cut short");
        }
        int bodyLength = map.getInt(offset);
        if (bodyLength < RecordFormat.ENTRY_FIXED || bodyLength > available - RecordFormat.FRAME_HEADER) {
            throw new CorruptLogException(seg.path, offset, "impossible frame length " + bodyLength + " for index " + index);
        }
        return decodeChecked(seg, map, offset, bodyLength, index, offset);
    }

    /** Checks CRC and content of the frame at {@code frameStart} of {@code buf}, which is byte {@code fileOffset} of the segment. */
    private static Log decodeChecked(Segment seg, ByteBuffer buf, int frameStart, int bodyLength, long index, long fileOffset)
            throws CorruptLogException {
        int frameLength = RecordFormat.FRAME_HEADER + bodyLength;
        if (!RecordFormat.crcMatches(buf, frameStart, frameLength)) {
            throw new CorruptLogException(seg.path, fileOffset, "checksum mismatch in the record of index " + index);
        }
        Log log;
        try {
            log = RecordFormat.decodeEntry(buf, frameStart + RecordFormat.FRAME_HEADER, bodyLength);
        } catch (IllegalArgumentException e) {
            throw new CorruptLogException(seg.path, fileOffset, "record of index " + index + " does not parse: " + e.getMessage());
        }
        if (log.index() != index) {
            throw new CorruptLogException(seg.path, fileOffset, "record holds index " + log.index() + ", expected " + index);
        }
        return log;
    }

}
