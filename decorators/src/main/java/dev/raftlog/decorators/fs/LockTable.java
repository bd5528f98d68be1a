package dev.raftlog.decorators.fs;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real byte-range locks for one file system (Jimfs's are fake): like the JDK within one JVM, a
 * lock that overlaps a lock already held on the same file, by any channel, throws
 * {@link OverlappingFileLockException}. Closing a channel releases its locks.
 */
final class LockTable {

    private final Map<Integer, List<RangeLock>> held = new HashMap<>();

    synchronized FileLock acquire(FileChannel channel, int node, long position, long size, boolean shared) {
        if (position < 0 || size < 0) {
            throw new IllegalArgumentException("lock position and size must be >= 0, were " + position + ", " + size);
        }
        List<RangeLock> locks = held.computeIfAbsent(node, k -> new ArrayList<>());
        for (RangeLock l : locks) {
            if (l.overlaps(position, size)) {
                throw new OverlappingFileLockException();
            }
        }
        RangeLock lock = new RangeLock(channel, position, size, shared, node);
        locks.add(lock);
        return lock;
    }

    synchronized void releaseAll(FileChannel channel) {
        for (List<RangeLock> locks : held.values()) {
            locks.removeIf(l -> l.channel() == channel && l.invalidate());
        }
    }

    private synchronized void release(RangeLock lock) {
        List<RangeLock> locks = held.get(lock.node);
        if (locks != null) {
            locks.remove(lock);
        }
    }

    private final class RangeLock extends FileLock {
        private final int node;
        private boolean valid = true;

        RangeLock(FileChannel channel, long position, long size, boolean shared, int node) {
            super(channel, position, size, shared);
            this.node = node;
        }

        @Override
        public boolean isValid() {
            synchronized (LockTable.this) {
                return valid && channel().isOpen();
            }
        }

        boolean invalidate() {
            valid = false;
            return true;
        }

        @Override
        public void release() {
            synchronized (LockTable.this) {
                if (valid) {
                    valid = false;
                    LockTable.this.release(this);
                }
            }
        }
    }
}
