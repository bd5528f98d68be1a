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
 * What {@code FileChannel.open(dir, READ)} returns: a handle whose only use is
 * {@link #force(boolean)}, the directory fsync that makes the directory's pending creations,
 * renames and deletions durable. Reading or writing it fails like EISDIR does.
 */
final class DirectoryChannel extends FileChannel {

    private final FaultyFileSystem fs;
    private final DiskModel model;
    private final Node dir;

    DirectoryChannel(FaultyFileSystem fs, DiskModel model, Node dir) {
        this.fs = fs;
        this.model = model;
        this.dir = dir;
    }

    private IOException isADirectory() {
        return new IOException(dir.path + ": Is a directory");
    }

    @Override
    public void force(boolean metaData) throws IOException {
        synchronized (model) {
            fs.checkOpen();
            if (!isOpen()) {
                throw new java.nio.channels.ClosedChannelException();
            }
            model.dirFsync(dir);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        throw isADirectory();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        throw isADirectory();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        throw isADirectory();
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new NonWritableChannelException();
    }

    @Override
    public int write(ByteBuffer src, long position) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return 0;
    }

    @Override
    public FileChannel position(long newPosition) {
        return this;
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public FileChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        throw isADirectory();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException("cannot map a directory");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("locking a directory is not supported; lock a file in it");
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("locking a directory is not supported; lock a file in it");
    }

    @Override
    protected void implCloseChannel() {
        // Nothing is held open underneath: Jimfs has no directory channels.
    }
}
