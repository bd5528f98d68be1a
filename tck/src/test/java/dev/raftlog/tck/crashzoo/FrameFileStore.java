package dev.raftlog.tck.crashzoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A minimal durable log store written to be crash-tested: one append-only file of checksummed
 * records (see {@link FrameCodec}), one write and one fsync per call, an in-memory map rebuilt
 * on open. Recovery cuts an invalid tail when no valid record follows it (a torn, unacknowledged
 * write) and throws when one does (damage to acknowledged data). With {@link Flaw#NONE} it is
 * correct; every other flaw is one real-world crash bug, for the crash zoo.
 */
final class FrameFileStore implements LogStore {
    static final String FILE = "log.dat";

    /** One crash bug each; NONE is the correct store. */
    enum Flaw {
        NONE, NO_FSYNC, FSYNC_BEFORE_LAST_WRITE, NO_DIRECTORY_FSYNC, TORN_TAIL_READ_AS_DATA, SUFFIX_DELETE_NOT_DURABLE,
        RETRIES_FAILED_FSYNC, CHECKSUM_ONLY_ON_TAIL, TRUNCATES_AT_DAMAGE, BATCH_WITHOUT_COMMIT, DISK_FULL_SWALLOWED,
        RECOVERY_REWRITES_IN_PLACE
    }

    private final Flaw flaw;
    private final Path file;
    private final FileChannel ch;
    private final TreeMap<Long, Log> entries = new TreeMap<>();
    private long end;
    private boolean writesFailed;
    private byte[] pendingTombstone;

    private FrameFileStore(Flaw flaw, Path file, FileChannel ch) {
        this.flaw = flaw;
        this.file = file;
        this.ch = ch;
    }

    static FrameFileStore open(Path dir, Flaw flaw) throws IOException {
        Path file = dir.resolve(FILE);
        boolean created = !Files.exists(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FrameFileStore s = new FrameFileStore(flaw, file, ch);
        try {
            if (created && flaw != Flaw.NO_DIRECTORY_FSYNC) {
                try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                    d.force(true);
                }
            }
            s.recover();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return s;
    }

    private void recover() throws IOException {
        byte[] bytes = new byte[(int) ch.size()];
        ch.read(ByteBuffer.wrap(bytes), 0);
        int pos = 0;
        while (pos < bytes.length) {
            FrameCodec.Rec rec = FrameCodec.decode(bytes, pos);
            boolean trusted = switch (flaw) {
                case TORN_TAIL_READ_AS_DATA -> true;
                case CHECKSUM_ONLY_ON_TAIL -> rec != null && pos + rec.size() < bytes.length;
                default -> false;
            };
            if (rec == null || !(trusted || FrameCodec.valid(bytes, pos))) {
                if (flaw != Flaw.TRUNCATES_AT_DAMAGE && validRecordAfter(bytes, pos + 1)) {
                    throw new IOException(file + ": damaged record at offset " + pos + " before valid records");
                }
                if (flaw == Flaw.RECOVERY_REWRITES_IN_PLACE) {
                    // the flaw: "compacts" the file by emptying it and writing the good part back
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(bytes, 0, pos), 0);
                } else {
                    ch.truncate(pos);
                }
                if (flaw != Flaw.NO_FSYNC) {
                    ch.force(true);
                }
                break;
            }
            apply(rec);
            pos += rec.size();
        }
        end = pos;
    }

    private static boolean validRecordAfter(byte[] bytes, int from) {
        for (int q = from; q + FrameCodec.HEADER < bytes.length; q++) {
            if (FrameCodec.valid(bytes, q)) {
                return true;
            }
        }
        return false;
    }

    private void apply(FrameCodec.Rec rec) {
        if (rec.batch() != null) {
            rec.batch().forEach(l -> entries.put(l.index(), l));
        } else if (rec.min() <= rec.max()) {
            entries.subMap(rec.min(), true, rec.max(), true).clear();
        }
    }

    @Override
    public synchronized long firstIndex() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    @Override
    public synchronized long lastIndex() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    @Override
    public synchronized Log getLog(long index) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        Log l = entries.get(index);
        if (l == null) {
            throw new LogNotFoundException(index);
        }
        return l.deepCopy();
    }

    @Override
    public synchronized void storeLogs(List<Log> logs) throws IOException {
        Objects.requireNonNull(logs, "logs");
        List<Log> batch = new ArrayList<>();
        for (Log l : logs) {
            batch.add(Objects.requireNonNull(l, "null entry in batch").deepCopy());
        }
        if (batch.isEmpty()) {
            return;
        }
        checkWritable();
        List<byte[]> records = new ArrayList<>();
        if (pendingTombstone != null) {
            records.add(pendingTombstone);
        }
        if (flaw == Flaw.BATCH_WITHOUT_COMMIT) {
            batch.forEach(l -> records.add(FrameCodec.batch(List.of(l))));
        } else {
            records.add(FrameCodec.batch(batch));
        }
        try {
            write(records);
        } catch (IOException e) {
            if (flaw != Flaw.DISK_FULL_SWALLOWED) {
                throw e;
            }
            // the flaw: "we will write it later" - the batch is acknowledged from memory only
        }
        pendingTombstone = null;
        batch.forEach(l -> entries.put(l.index(), l));
    }

    @Override
    public synchronized void deleteRange(long min, long max) throws IOException {
        if (min < 0 || max < 0) {
            throw new IllegalArgumentException("bounds must be >= 0, were " + min + ", " + max);
        }
        if (min > max || entries.subMap(min, true, max, true).isEmpty()) {
            return;
        }
        checkWritable();
        byte[] tombstone = FrameCodec.delete(min, max);
        if (flaw == Flaw.SUFFIX_DELETE_NOT_DURABLE && max >= entries.lastKey()) {
            pendingTombstone = tombstone; // the flaw: written with the next append, if any
        } else {
            write(List.of(tombstone));
        }
        entries.subMap(min, true, max, true).clear();
    }

    /** Writes records at the end, each with its own write call, then one fsync (per the flaw). */
    private void write(List<byte[]> records) throws IOException {
        long pos = end;
        try {
            for (int i = 0; i < records.size(); i++) {
                byte[] r = records.get(i);
                boolean lastByteLate = flaw == Flaw.FSYNC_BEFORE_LAST_WRITE && i == records.size() - 1;
                ch.write(ByteBuffer.wrap(r, 0, lastByteLate ? r.length - 1 : r.length), pos);
                if (lastByteLate) {
                    ch.force(true);
                    ch.write(ByteBuffer.wrap(r, r.length - 1, 1), pos + r.length - 1);
                }
                pos += r.length;
            }
            if (flaw == Flaw.FSYNC_BEFORE_LAST_WRITE) {
                end = pos;
                return;
            }
            force();
        } catch (IOException e) {
            if (flaw != Flaw.DISK_FULL_SWALLOWED) {
                writesFailed = true;
            }
            throw e;
        }
        end = pos;
    }

    private void force() throws IOException {
        if (flaw == Flaw.NO_FSYNC) {
            return;
        }
        try {
            ch.force(true);
        } catch (IOException e) {
            if (flaw != Flaw.RETRIES_FAILED_FSYNC) {
                throw e;
            }
            ch.force(true); // the flaw: Linux marked the pages clean, so this "succeeds"
        }
    }

    private void checkWritable() throws IOException {
        if (writesFailed) {
            throw new IOException(file + ": writes disabled after a failed write or fsync; reopen the store");
        }
    }

    @Override
    public boolean isMonotonic() {
        return false;
    }

    @Override
    public synchronized void close() throws IOException {
        ch.close();
    }
}
