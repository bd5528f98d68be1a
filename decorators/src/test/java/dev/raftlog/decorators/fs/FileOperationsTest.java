package dev.raftlog.decorators.fs;

import static dev.raftlog.decorators.fs.FsTestSupport.filled;
import static dev.raftlog.decorators.fs.FsTestSupport.fsyncDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileOperationsTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().build();

    @Test
    void streamsGoThroughTheFaultModel() throws IOException {
        Path f = fs.getPath("/s");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(filled(30, 3));
        }
        try (InputStream in = Files.newInputStream(f)) {
            assertThat(in.readAllBytes()).isEqualTo(filled(30, 3));
        }
        assertThat(fs.crashImage().unsyncedWrites()).isEqualTo(1);
    }

    @Test
    void syncOpenOptionForcesEachWrite() throws IOException {
        Path f = fs.getPath("/sync");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            ch.write(ByteBuffer.wrap(filled(8, 1)));
        }
        assertThat(fs.crashImage().unsyncedWrites()).isZero();
    }

    @Test
    void directoryChannelOnlyForces() throws IOException {
        Files.createDirectory(fs.getPath("/d"));
        try (FileChannel ch = FileChannel.open(fs.getPath("/d"), StandardOpenOption.READ)) {
            assertThatThrownBy(() -> ch.read(ByteBuffer.allocate(1))).hasMessageContaining("Is a directory");
            ch.force(true);
        }
        assertThatThrownBy(() -> FileChannel.open(fs.getPath("/d"), StandardOpenOption.WRITE))
                .hasMessageContaining("Is a directory");
        assertThat(fs.crashImage().unsyncedDirectoryOperations()).isEqualTo(1); // /d itself is in / (not fsynced)
    }

    @Test
    void mapIsUnsupported() throws IOException {
        try (FileChannel ch = FileChannel.open(fs.getPath("/m"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            assertThatThrownBy(() -> ch.map(FileChannel.MapMode.READ_ONLY, 0, 1))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aSecondLockOfTheSameFileIsRefusedUntilReleased() throws IOException {
        Path lockFile = fs.getPath("/LOCK");
        try (FileChannel a = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileChannel b = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = a.tryLock();
            assertThat(lock.isValid()).isTrue();
            assertThatThrownBy(b::tryLock).isInstanceOf(OverlappingFileLockException.class);
            lock.release();
            assertThat(lock.isValid()).isFalse();
            FileLock again = b.lock();
            assertThat(again.isValid()).isTrue();
        }
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            assertThat(c.tryLock().isValid()).isTrue(); // closing b released its lock
        }
    }

    @Test
    void everyMutationIsACountedOperationAndImagesCaptureEachPoint() throws IOException {
        List<FsOperation> ops = new ArrayList<>();
        List<CrashImage> images = new ArrayList<>();
        fs.onOperation(op -> {
            ops.add(op);
            images.add(fs.crashImage());
        });
        Files.createDirectory(fs.getPath("/d"));                                            // 1
        try (FileChannel ch = FileChannel.open(fs.getPath("/d/f"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {                                                   // 2
            ch.write(ByteBuffer.wrap(filled(5, 1)));                                           // 3
            ch.force(true);                                                                    // 4
        }
        fsyncDir(fs.getPath("/d"));                                                            // 5
        Files.move(fs.getPath("/d/f"), fs.getPath("/d/g"));                                   // 6
        Files.delete(fs.getPath("/d/g"));                                                      // 7

        assertThat(ops).extracting(FsOperation::kind).containsExactly(FsOperation.Kind.CREATE_DIRECTORY,
                FsOperation.Kind.CREATE_FILE, FsOperation.Kind.WRITE, FsOperation.Kind.FSYNC,
                FsOperation.Kind.DIR_FSYNC, FsOperation.Kind.RENAME, FsOperation.Kind.DELETE);
        assertThat(ops).extracting(FsOperation::index).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(fs.operationCount()).isEqualTo(7);
        assertThat(fs.syncCount()).isEqualTo(2);
        assertThat(images.get(2).unsyncedWrites()).isEqualTo(1);
        assertThat(images.get(3).unsyncedWrites()).isZero();
        assertThat(images.get(4).operationIndex()).isEqualTo(5);
        try (FaultyFileSystem atWrite = images.get(2).crash(CrashModel.PROCESS_CRASH, 0)) {
            assertThat(Files.readAllBytes(atWrite.getPath("/d/f"))).isEqualTo(filled(5, 1));
        }
    }

    @Test
    void crashingFromTheListenerStopsTheWorkloadRightAfterTheChosenOperation() throws IOException {
        FaultyFileSystem[] after = new FaultyFileSystem[1];
        fs.onOperation(op -> {
            if (op.index() == 4) { // create, dir fsync, write, force: the second write never happens
                after[0] = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0);
            }
        });
        Path f = fs.getPath("/f");
        assertThatThrownBy(() -> {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                fsyncDir(fs.getPath("/")); // op 2
                ch.write(ByteBuffer.wrap(filled(3, 1)));
                ch.force(true);
                ch.write(ByteBuffer.wrap(filled(3, 2)));
                ch.force(true);
            }
        }).isInstanceOf(CrashedFileSystemException.class);
        assertThat(Files.readAllBytes(after[0].getPath("/f"))).isEqualTo(filled(3, 1));
    }

    @Test
    void copyIsACreationPlusAnUnsyncedWrite() throws IOException {
        Path src = fs.getPath("/src");
        FsTestSupport.append(src, filled(6, 4), true);
        fsyncDir(fs.getPath("/"));
        Files.copy(src, fs.getPath("/dst"));
        assertThat(Files.readAllBytes(fs.getPath("/dst"))).isEqualTo(filled(6, 4));
        assertThat(fs.crashImage().unsyncedWrites()).isEqualTo(1);
        assertThat(fs.crashImage().unsyncedDirectoryOperations()).isEqualTo(1);
        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0);
        assertThat(Files.exists(after.getPath("/dst"))).isFalse();
        assertThat(Files.exists(after.getPath("/src"))).isTrue();
    }

    @Test
    void readersRunAlongsideAnAppendingWriter() throws Exception {
        Path f = fs.getPath("/wal");
        int blocks = 200;
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Files.createFile(f);
        Runnable reader = () -> {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate(64);
                while (!done.get()) {
                    long size = ch.size();
                    if (size >= 64) {
                        buf.clear();
                        ch.read(buf, size - 64);
                        byte last = buf.get(63);
                        if (buf.get(0) != last) {
                            throw new AssertionError("read a half-written block");
                        }
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread r1 = new Thread(reader);
        Thread r2 = new Thread(reader);
        r1.start();
        r2.start();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (int i = 0; i < blocks; i++) {
                ch.write(ByteBuffer.wrap(filled(64, i)));
                ch.force(true);
            }
        } finally {
            done.set(true);
            r1.join();
            r2.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(Files.size(f)).isEqualTo(64L * blocks);
        assertThat(fs.syncCount()).isEqualTo(blocks);
    }

    @Test
    void invalidConfigurationIsRejectedWithTheReason() {
        assertThatThrownBy(() -> FaultyFileSystem.builder().sectorSize(500).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sector size must be a positive power of two, was 500");
        assertThatThrownBy(() -> FaultyFileSystem.builder().sectorSize(8192).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of the sector size");
        assertThatThrownBy(() -> FaultyFileSystem.builder().pageSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size");
    }
}
