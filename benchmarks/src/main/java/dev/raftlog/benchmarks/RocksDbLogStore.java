package dev.raftlog.benchmarks;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.api.LogType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The peer: RocksDB used as a Raft log store the usual way (key = big-endian index, value =
 * the entry's fields), WAL on and {@code sync=true}, one {@link WriteBatch} per
 * {@code storeLogs}. Only for benchmarks; not a conforming store (no size limits, no copy
 * guarantees beyond RocksDB's own).
 */
final class RocksDbLogStore implements LogStore {
    static {
        RocksDB.loadLibrary();
    }

    private final Options options;
    private final WriteOptions writeOptions;
    private final RocksDB db;

    private RocksDbLogStore(Options options, WriteOptions writeOptions, RocksDB db) {
        this.options = options;
        this.writeOptions = writeOptions;
        this.db = db;
    }

    static RocksDbLogStore open(Path dir, boolean sync) throws IOException {
        return open(dir, sync, 0);
    }

    /** With {@code recycledWalFiles} > 0, RocksDB reuses that many old WAL files instead of creating new ones. */
    static RocksDbLogStore open(Path dir, boolean sync, int recycledWalFiles) throws IOException {
        Options options = new Options().setCreateIfMissing(true).setRecycleLogFileNum(recycledWalFiles);
        WriteOptions writeOptions = new WriteOptions().setSync(sync);
        try {
            return new RocksDbLogStore(options, writeOptions, RocksDB.open(options, dir.toString()));
        } catch (RocksDBException e) {
            throw new IOException(e);
        }
    }

    static byte[] key(long index) {
        return ByteBuffer.allocate(8).putLong(index).array();
    }

    static byte[] value(Log log) {
        Instant at = log.appendedAt();
        return ByteBuffer.allocate(8 + 1 + 1 + 8 + 4 + 4 + log.data().length + log.extensions().length)
                .putLong(log.term()).put((byte) log.type().code()).put((byte) (at == null ? 0 : 1))
                .putLong(at == null ? 0 : at.getEpochSecond()).putInt(at == null ? 0 : at.getNano())
                .putInt(log.data().length).put(log.data()).put(log.extensions()).array();
    }

    static Log decode(long index, byte[] v) {
        ByteBuffer b = ByteBuffer.wrap(v);
        long term = b.getLong();
        LogType type = LogType.fromCode(b.get());
        boolean hasTime = b.get() != 0;
        long sec = b.getLong();
        int nano = b.getInt();
        byte[] data = new byte[b.getInt()];
        b.get(data);
        byte[] ext = new byte[b.remaining()];
        b.get(ext);
        return new Log(index, term, type, data, ext, hasTime ? Instant.ofEpochSecond(sec, nano) : null);
    }

    @Override
    public long firstIndex() {
        try (RocksIterator it = db.newIterator()) {
            it.seekToFirst();
            return it.isValid() ? ByteBuffer.wrap(it.key()).getLong() : 0;
        }
    }

    @Override
    public long lastIndex() {
        try (RocksIterator it = db.newIterator()) {
            it.seekToLast();
            return it.isValid() ? ByteBuffer.wrap(it.key()).getLong() : 0;
        }
    }

    @Override
    public Log getLog(long index) throws IOException {
        try {
            byte[] v = db.get(key(index));
            if (v == null) {
                throw new LogNotFoundException(index);
            }
            return decode(index, v);
        } catch (RocksDBException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void storeLogs(List<Log> logs) throws IOException {
        try (WriteBatch batch = new WriteBatch()) {
            for (Log log : logs) {
                batch.put(key(log.index()), value(log));
            }
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void deleteRange(long min, long max) throws IOException {
        try {
            if (max == Long.MAX_VALUE) {
                db.deleteRange(writeOptions, key(min), key(max));
                db.delete(writeOptions, key(max));
            } else {
                db.deleteRange(writeOptions, key(min), key(max + 1));
            }
        } catch (RocksDBException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        db.close();
        writeOptions.close();
        options.close();
    }
}
