package dev.raftlog.tck.crashzoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The record format of {@link FrameFileStore}: {@code [length int][crc32c int][payload]}; a
 * payload is a batch ({@code 'B'}, count, entries) or a delete ({@code 'D'}, min, max).
 */
final class FrameCodec {
    static final int HEADER = 8;

    /** A decoded record: a batch of entries, or a delete of [min, max]. */
    record Rec(List<Log> batch, long min, long max, int size) {
    }

    private FrameCodec() {
    }

    static byte[] batch(List<Log> logs) {
        int size = 1 + 4;
        for (Log l : logs) {
            size += 8 + 8 + 1 + 4 + l.data().length + 4 + l.extensions().length + 1 + 12;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put((byte) 'B').putInt(logs.size());
        for (Log l : logs) {
            b.putLong(l.index()).putLong(l.term()).put((byte) l.type().ordinal());
            b.putInt(l.data().length).put(l.data()).putInt(l.extensions().length).put(l.extensions());
            if (l.appendedAt() == null) {
                b.put((byte) 0).putLong(0).putInt(0);
            } else {
                b.put((byte) 1).putLong(l.appendedAt().getEpochSecond()).putInt(l.appendedAt().getNano());
            }
        }
        return frame(b.array());
    }

    static byte[] delete(long min, long max) {
        return frame(ByteBuffer.allocate(17).put((byte) 'D').putLong(min).putLong(max).array());
    }

    private static byte[] frame(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
    }

    /** Whether a whole record with a matching checksum starts at {@code pos}. */
    static boolean valid(byte[] file, int pos) {
        if (pos + HEADER > file.length) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(file);
        int len = b.getInt(pos);
        if (len < 1 || len > file.length - pos - HEADER) {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(file, pos + HEADER, len);
        return (int) crc.getValue() == b.getInt(pos + 4);
    }

    /** Decodes the record at {@code pos} without checking its checksum; null when it does not parse. */
    static Rec decode(byte[] file, int pos) {
        try {
            ByteBuffer b = ByteBuffer.wrap(file);
            int len = b.getInt(pos);
            if (len < 1 || len > file.length - pos - HEADER) {
                return null;
            }
            ByteBuffer p = ByteBuffer.wrap(file, pos + HEADER, len).slice();
            byte kind = p.get();
            if (kind == 'D') {
                return new Rec(null, p.getLong(), p.getLong(), HEADER + len);
            }
            if (kind != 'B') {
                return null;
            }
            int n = p.getInt();
            if (n < 1 || n > len) {
                return null;
            }
            List<Log> logs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long index = p.getLong();
                long term = p.getLong();
                int type = p.get();
                byte[] data = new byte[p.getInt()];
                p.get(data);
                byte[] ext = new byte[p.getInt()];
                p.get(ext);
                boolean hasAt = p.get() == 1;
                long seconds = p.getLong();
                int nanos = p.getInt();
                logs.add(new Log(index, term, LogType.values()[type], data, ext, hasAt ? Instant.ofEpochSecond(seconds, nanos) : null));
            }
            return new Rec(logs, 0, 0, HEADER + len);
        } catch (RuntimeException e) {
            return null; // garbage does not parse
        }
    }
}
