package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A channel on a regular file of a {@link FaultyFileSystem}. Reads go to the live view (Jimfs);
 * every write and truncation is also recorded as unsynced in the file's {@link Node}, and
 * {@link #force} makes them durable (or fails, if a rule says so). One write call is one
 * recorded write, also for gathering writes. A write that does not fit the disk budget writes
 * nothing and throws "No space left on device".
 */
final class FaultyFileChannel extends FileChannel {

    private static final int TRANSFER_CHUNK = 64 * 1024;

    private final FaultyFileSystem fs;
    private final DiskModel model;
    private final Node node;
    private final FileChannel delegate;
    private final boolean writable;
    private final boolean append;
    private final boolean syncEachWrite;

    FaultyFileChannel(FaultyFileSystem fs, DiskModel model, Node node, FileChannel delegate,
                      boolean writable, boolean append, boolean syncEachWrite) {
        this.fs = fs;
        this.model = model;
        this.node = node;
        this.delegate = delegate;
        this.writable = writable;
        this.append = append;
        this.syncEachWrite = syncEachWrite;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        fs.checkOpen();
        return delegate.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        fs.checkOpen();
        return delegate.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        fs.checkOpen();
        return delegate.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return write(src, -1L);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        int total = 0;
        for (int i = offset; i < offset + length; i++) {
            total = Math.addExact(total, srcs[i].remaining());
        }
        ByteBuffer all = ByteBuffer.allocate(total);
        for (int i = offset; i < offset + length; i++) {
            all.put(srcs[i].duplicate());
        }
        all.flip();
        int n = write(all, -1L);
        // Consume the sources only now that the write succeeded.
        for (int i = offset; i < offset + length; i++) {
            srcs[i].position(srcs[i].limit());
        }
        return n;
    }

    /** Writes at {@code position}, or at the channel position (end of file when appending) if it is -1. */
    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (position < -1) {
            throw new IllegalArgumentException("negative position: " + position);
        }
        synchronized (model) {
            fs.checkOpen();
            if (!isOpen()) {
                throw new java.nio.channels.ClosedChannelException();
            }
            if (!writable) {
                throw new NonWritableChannelException();
            }
            int len = src.remaining();
            if (len == 0) {
                return 0;
            }
            long size = delegate.size();
            long at = position >= 0 ? position : append ? size : delegate.position();
            model.checkSpace(node.path, at, Math.max(0, at + len - size));
            byte[] bytes = new byte[len];
            src.get(bytes);
            if (position >= 0) {
                delegate.write(ByteBuffer.wrap(bytes), position);
            } else {
                delegate.write(ByteBuffer.wrap(bytes));
            }
            model.recordWrite(node, at, bytes, delegate.size());
            if (syncEachWrite) {
                fs.checkOpen(); // an operation listener may have crashed the file system
                model.fsync(node);
            }
            return len;
        }
    }

    @Override
    public long position() throws IOException {
        fs.checkOpen();
        return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        fs.checkOpen();
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        fs.checkOpen();
        return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        synchronized (model) {
            fs.checkOpen();
            if (!writable) {
                throw new NonWritableChannelException();
            }
            long before = delegate.size();
            delegate.truncate(size);
            if (size < before) {
                model.recordResize(node, size);
            }
            return this;
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        synchronized (model) {
            fs.checkOpen();
            if (!isOpen()) {
                throw new java.nio.channels.ClosedChannelException();
            }
            model.fsync(node);
        }
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(TRANSFER_CHUNK, Math.max(1, count)));
        long done = 0;
        while (done < count) {
            buf.clear().limit((int) Math.min(buf.capacity(), count - done));
            int n = read(buf, position + done);
            if (n <= 0) {
                break;
            }
            buf.flip();
            while (buf.hasRemaining()) {
                target.write(buf);
            }
            done += n;
        }
        return done;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(TRANSFER_CHUNK, Math.max(1, count)));
        long done = 0;
        while (done < count) {
            buf.clear().limit((int) Math.min(buf.capacity(), count - done));
            int n = src.read(buf);
            if (n <= 0) {
                break;
            }
            buf.flip();
            done += write(buf, position + done);
        }
        return done;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException(
                "memory-mapped files are not supported: Jimfs cannot map, and mapped writes would bypass the fault model");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        fs.checkOpen();
        return fs.locks().acquire(this, node.id, position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return lock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        fs.locks().releaseAll(this);
        delegate.close();
    }
}
