package dev.raftlog.reference;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a log directory. Two layers, because neither is enough alone: a
 * process-wide registry of open directories (Jimfs file locks are fake, and two stores in one
 * JVM must still exclude each other), and an OS lock on the {@code LOCK} file against other
 * processes on a real file system. The lock file is never deleted: a stale one after a crash
 * holds no OS lock and does not block the next open.
 */
final class DirectoryLock implements AutoCloseable {

    static final String LOCK_FILE = "LOCK";

    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock acquire(Path dir) throws IOException {
        Path key = dir.toRealPath();
        if (!OPEN_IN_THIS_PROCESS.add(key)) {
            throw new StoreLockedException(dir, "another FileLogStore in this process holds it; close that one first");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreLockedException(dir, "another process holds the lock on " + dir.resolve(LOCK_FILE));
            }
            return new DirectoryLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(key);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } finally {
            OPEN_IN_THIS_PROCESS.remove(key);
        }
    }
}
