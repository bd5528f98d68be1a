package dev.raftlog.decorators.fs;

import static dev.raftlog.decorators.fs.FsTestSupport.append;
import static dev.raftlog.decorators.fs.FsTestSupport.filled;
import static dev.raftlog.decorators.fs.FsTestSupport.fsyncDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class CrashTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().build();
    private final Path dir = fs.getPath("/log");
    private final Path file = dir.resolve("seg-1");

    private void durableEmptyFile() throws IOException {
        Files.createDirectory(dir);
        fsyncDir(fs.getPath("/"));
        Files.createFile(file);
        fsyncDir(dir);
    }

    @Test
    void unsyncedWritesAreLostUnderLoseAll() throws IOException {
        durableEmptyFile();
        append(file, filled(100, 1), false);
        assertThat(Files.size(file)).isEqualTo(100);

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);

        assertThat(Files.readAllBytes(after.getPath("/log/seg-1"))).isEmpty();
        assertThat(after.faultLog().events(FaultEvent.Kind.WRITE_DROPPED)).hasSize(1);
    }

    @Test
    void forcedWritesSurviveEveryModel() throws IOException {
        durableEmptyFile();
        append(file, filled(100, 1), true);
        CrashImage image = fs.crashImage();
        for (CrashModel m : new CrashModel[] {CrashModel.LOSE_ALL_UNSYNCED, CrashModel.TORN, CrashModel.REORDER}) {
            try (FaultyFileSystem after = image.crash(m, 3)) {
                assertThat(Files.readAllBytes(after.getPath("/log/seg-1"))).isEqualTo(filled(100, 1));
            }
        }
    }

    @Test
    void createdFileWithoutDirectoryFsyncIsGone() throws IOException {
        Files.createDirectory(dir);
        fsyncDir(fs.getPath("/"));
        append(file, filled(10, 7), true); // data synced, directory entry not

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_UNSYNCED_DIR_OPS, 1);

        assertThat(Files.exists(after.getPath("/log"))).isTrue();
        assertThat(Files.exists(after.getPath("/log/seg-1"))).isFalse();
        assertThat(after.faultLog().events(FaultEvent.Kind.DIR_OP_DROPPED)).extracting(FaultEvent::detail)
                .containsExactly("create /log/seg-1");
    }

    @Test
    void createdFileSurvivesOnceItsDirectoryIsFsynced() throws IOException {
        Files.createDirectory(dir);
        fsyncDir(fs.getPath("/"));
        append(file, filled(10, 7), true);
        fsyncDir(dir);

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);

        assertThat(Files.readAllBytes(after.getPath("/log/seg-1"))).isEqualTo(filled(10, 7));
    }

    @Test
    void directoryCreatedWithoutParentFsyncTakesItsFilesWithIt() throws IOException {
        Files.createDirectory(dir);
        append(file, filled(10, 7), true);
        fsyncDir(dir); // the file is in the directory, but the directory is not in /

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);

        assertThat(Files.exists(after.getPath("/log"))).isFalse();
        assertThat(after.faultLog().events(FaultEvent.Kind.ORPHANED)).hasSize(1);
    }

    @Test
    void renameWithoutDirectoryFsyncLeavesTheOldName() throws IOException {
        durableEmptyFile();
        Path tmp = dir.resolve("meta.tmp");
        append(tmp, filled(5, 9), true);
        fsyncDir(dir);
        Files.move(tmp, dir.resolve("meta"), StandardCopyOption.ATOMIC_MOVE);
        assertThat(Files.exists(dir.resolve("meta"))).isTrue();

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);

        assertThat(Files.exists(after.getPath("/log/meta"))).isFalse();
        assertThat(Files.readAllBytes(after.getPath("/log/meta.tmp"))).isEqualTo(filled(5, 9));
    }

    @Test
    void renameReplacingATargetKeepsTheOldTargetUntilDirectoryFsync() throws IOException {
        durableEmptyFile();
        Path meta = dir.resolve("meta");
        Path tmp = dir.resolve("meta.tmp");
        append(meta, filled(3, 1), true);
        append(tmp, filled(3, 2), true);
        fsyncDir(dir);
        Files.move(tmp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        CrashImage before = fs.crashImage();
        fsyncDir(dir);

        try (FaultyFileSystem lost = before.crash(CrashModel.LOSE_ALL_UNSYNCED, 1)) {
            assertThat(Files.readAllBytes(lost.getPath("/log/meta"))).isEqualTo(filled(3, 1));
            assertThat(Files.exists(lost.getPath("/log/meta.tmp"))).isTrue();
        }
        FaultyFileSystem synced = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);
        assertThat(Files.readAllBytes(synced.getPath("/log/meta"))).isEqualTo(filled(3, 2));
        assertThat(Files.exists(synced.getPath("/log/meta.tmp"))).isFalse();
    }

    @Test
    void atomicMoveReplacesAnExistingTargetLikeLinuxRename() throws IOException {
        durableEmptyFile();
        append(dir.resolve("a"), filled(1, 1), false);
        append(dir.resolve("b"), filled(1, 2), false);
        Files.move(dir.resolve("a"), dir.resolve("b"), StandardCopyOption.ATOMIC_MOVE);
        assertThat(Files.readAllBytes(dir.resolve("b"))).isEqualTo(filled(1, 1));
        assertThatThrownBy(() -> Files.move(dir.resolve("b"), file))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void deletionWithoutDirectoryFsyncIsUndone() throws IOException {
        durableEmptyFile();
        append(file, filled(4, 4), true);
        Files.delete(file);

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);

        assertThat(Files.readAllBytes(after.getPath("/log/seg-1"))).isEqualTo(filled(4, 4));
    }

    @Test
    void keepAllIsAProcessCrash() throws IOException {
        Files.createDirectory(dir);
        append(file, filled(10, 7), false);

        FaultyFileSystem after = fs.crash(CrashModel.PROCESS_CRASH, 1);

        assertThat(Files.readAllBytes(after.getPath("/log/seg-1"))).isEqualTo(filled(10, 7));
    }

    @Test
    void randomPrefixKeepsWritesInOrder() throws IOException {
        durableEmptyFile();
        for (int i = 1; i <= 5; i++) {
            append(file, filled(10, i), false);
        }
        CrashImage image = fs.crashImage();
        java.util.Set<Long> sizes = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            try (FaultyFileSystem after = image.crash(CrashModel.KEEP_RANDOM_PREFIX, seed)) {
                byte[] got = Files.readAllBytes(after.getPath("/log/seg-1"));
                for (int i = 0; i < got.length; i++) {
                    assertThat(got[i]).isEqualTo((byte) (i / 10 + 1));
                }
                sizes.add((long) got.length);
            }
        }
        assertThat(sizes).hasSizeGreaterThan(2);
    }

    @Test
    void tornWriteIsASectorGranularMixAndDeterministic() throws IOException {
        durableEmptyFile();
        append(file, filled(4096, 0x11), true);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(filled(4096, 0x22)), 0);
        }
        CrashImage image = fs.crashImage();
        CrashModel torn = CrashModel.of(WriteLoss.TORN, DirOpLoss.LOSE_ALL);
        boolean sawMix = false;
        for (long seed = 0; seed < 20; seed++) {
            byte[] a;
            try (FaultyFileSystem x = image.crash(torn, seed)) {
                a = Files.readAllBytes(x.getPath("/log/seg-1"));
                try (FaultyFileSystem y = image.crash(torn, seed)) {
                    assertThat(Files.readAllBytes(y.getPath("/log/seg-1"))).isEqualTo(a);
                    assertThat(y.faultLog().events()).isEqualTo(x.faultLog().events());
                }
            }
            assertThat(a).hasSize(4096);
            boolean old = false, neu = false, junk = false;
            for (int s = 0; s < 8; s++) {
                byte[] sector = java.util.Arrays.copyOfRange(a, s * 512, (s + 1) * 512);
                boolean isOld = java.util.Arrays.equals(sector, filled(512, 0x11));
                boolean isNew = java.util.Arrays.equals(sector, filled(512, 0x22));
                old |= isOld;
                neu |= isNew;
                junk |= !isOld && !isNew;
            }
            int kinds = (old ? 1 : 0) + (neu ? 1 : 0) + (junk ? 1 : 0);
            sawMix |= kinds >= 2;
        }
        assertThat(sawMix).isTrue();
    }

    @Test
    void reorderKeepsAnySubsetOfPages() throws IOException {
        durableEmptyFile();
        append(file, filled(4096, 1), false);
        append(file, filled(4096, 2), false);
        CrashImage image = fs.crashImage();
        boolean sawSecondWithoutFirst = false;
        for (long seed = 0; seed < 40 && !sawSecondWithoutFirst; seed++) {
            try (FaultyFileSystem after = image.crash(CrashModel.of(WriteLoss.REORDER, DirOpLoss.KEEP_ALL), seed)) {
                byte[] got = Files.readAllBytes(after.getPath("/log/seg-1"));
                sawSecondWithoutFirst = got.length == 8192 && got[0] == 0 && got[4096] == 2;
            }
        }
        assertThat(sawSecondWithoutFirst).isTrue();
    }

    @Test
    void sameSeedSameStateAndLogDifferentSeedsDiffer() throws IOException {
        durableEmptyFile();
        for (int i = 1; i <= 6; i++) {
            append(file, filled(700, i), false);
        }
        CrashImage image = fs.crashImage();
        java.util.Set<String> logs = new java.util.HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            try (FaultyFileSystem a = image.crash(CrashModel.TORN, seed);
                 FaultyFileSystem b = image.crash(CrashModel.TORN, seed)) {
                assertThat(Files.readAllBytes(a.getPath("/log/seg-1"))).isEqualTo(Files.readAllBytes(b.getPath("/log/seg-1")));
                assertThat(a.faultLog().events()).isEqualTo(b.faultLog().events()).isNotEmpty();
                logs.add(a.faultLog().toString());
            }
        }
        assertThat(logs).hasSizeGreaterThan(1);
    }

    @Test
    void truncationIsUnsyncedUntilForced() throws IOException {
        durableEmptyFile();
        append(file, filled(100, 1), true);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(10);
        }
        assertThat(Files.size(file)).isEqualTo(10);
        CrashImage unsynced = fs.crashImage();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try (FaultyFileSystem lost = unsynced.crash(CrashModel.LOSE_ALL_UNSYNCED, 0)) {
            assertThat(Files.size(lost.getPath("/log/seg-1"))).isEqualTo(100);
        }
        assertThat(Files.size(fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0).getPath("/log/seg-1"))).isEqualTo(10);
    }

    @Test
    void theCrashedFileSystemRefusesEveryFurtherCall() throws IOException {
        durableEmptyFile();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0);

        assertThatThrownBy(() -> ch.write(ByteBuffer.wrap(new byte[1])))
                .isInstanceOf(CrashedFileSystemException.class).hasMessageContaining("crashed");
        assertThatThrownBy(() -> Files.exists(file)).isInstanceOf(CrashedFileSystemException.class);
        assertThatThrownBy(() -> fs.getPath("/x")).isInstanceOf(CrashedFileSystemException.class);
        assertThatThrownBy(() -> fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0)).isInstanceOf(CrashedFileSystemException.class);
        assertThat(fs.isOpen()).isFalse();
        ch.close(); // closing a dead handle is allowed
    }
}
