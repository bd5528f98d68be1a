package dev.raftlog.decorators.fs;

import static dev.raftlog.decorators.fs.FsTestSupport.append;
import static dev.raftlog.decorators.fs.FsTestSupport.filled;
import static dev.raftlog.decorators.fs.FsTestSupport.fsyncDir;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrashEnumerationTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().build();
    private final Path f = fs.getPath("/f");

    @Test
    void everyPrefixOfUnsyncedWritesIsOneState() throws Exception {
        append(f, new byte[0], true);
        fsyncDir(fs.getPath("/"));
        append(f, filled(10, 1), false);
        append(f, filled(10, 2), false);
        List<Long> sizes = new ArrayList<>();

        CrashImage.Enumeration e = fs.crashImage().forEachCrashState(
                CrashModel.of(WriteLoss.KEEP_RANDOM_PREFIX, DirOpLoss.LOSE_ALL), 100,
                after -> sizes.add(Files.size(after.getPath("/f"))));

        assertThat(sizes).containsExactly(0L, 10L, 20L);
        assertThat(e).isEqualTo(new CrashImage.Enumeration(3, 3, true));
    }

    @Test
    void tornVariantsAreEnumeratedPerSectorWithoutDuplicates() throws Exception {
        append(f, filled(1024, 0x11), true);
        fsyncDir(fs.getPath("/"));
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(filled(1024, 0x22)), 0);
        }
        Set<String> contents = new HashSet<>();

        CrashImage.Enumeration e = fs.crashImage().forEachCrashState(
                CrashModel.of(WriteLoss.TORN, DirOpLoss.LOSE_ALL).withTornFill(TornFill.ZEROS), 100,
                after -> {
                    byte[] b = Files.readAllBytes(after.getPath("/f"));
                    contents.add(b[0] + "," + b[511] + "|" + b[512] + "," + b[1023]);
                });

        // Two sectors, each old, new or zeros: 9 states; "kept whole" equals new/new and is not repeated.
        assertThat(e.distinctStates()).isEqualTo(9);
        assertThat(e.choicePaths()).isEqualTo(10);
        assertThat(e.complete()).isTrue();
        assertThat(contents).hasSize(9).contains("17,17|34,34", "0,0|17,17", "34,34|0,0");
    }

    @Test
    void onlyWholeSectorTearsDamageAcknowledgedBytesSharingTheSector() throws Exception {
        append(f, filled(100, 0x11), true);
        fsyncDir(fs.getPath("/"));
        append(f, filled(100, 0x22), false);
        CrashImage image = fs.crashImage();
        CrashModel gentle = CrashModel.of(WriteLoss.TORN, DirOpLoss.LOSE_ALL).withTornFill(TornFill.ZEROS);
        boolean[] damaged = {false, false};

        image.forEachCrashState(gentle, 100, after -> damaged[0] |= Files.readAllBytes(after.getPath("/f"))[0] != 0x11);
        image.forEachCrashState(gentle.withWholeSectorTears(true), 100,
                after -> damaged[1] |= Files.readAllBytes(after.getPath("/f"))[0] != 0x11);

        assertThat(damaged[0]).as("default tears stay inside the write").isFalse();
        assertThat(damaged[1]).as("whole-sector tears reach acknowledged bytes").isTrue();
    }

    @Test
    void directoryOperationsAreEnumeratedAsPrefixes() throws Exception {
        Files.createDirectory(fs.getPath("/d"));
        Files.createFile(fs.getPath("/d/x"));
        Files.move(fs.getPath("/d/x"), fs.getPath("/d/y"));
        List<String> trees = new ArrayList<>();

        CrashImage.Enumeration e = fs.crashImage().forEachCrashState(
                CrashModel.of(WriteLoss.LOSE_ALL, DirOpLoss.KEEP_RANDOM_PREFIX), 100, after -> {
                    try (var walk = Files.walk(after.getPath("/"))) {
                        trees.add(walk.map(Path::toString).sorted().toList().toString());
                    }
                });

        assertThat(trees).containsExactly("[/]", "[/, /d]", "[/, /d, /d/x]", "[/, /d, /d/y]");
        assertThat(e.complete()).isTrue();
    }

    @Test
    void theLimitStopsTheEnumeration() throws Exception {
        for (int i = 0; i < 8; i++) {
            append(f, filled(4096, i), false);
        }
        CrashImage.Enumeration e = fs.crashImage().forEachCrashState(CrashModel.REORDER, 5, after -> { });
        assertThat(e.distinctStates()).isEqualTo(5);
        assertThat(e.complete()).isFalse();
    }
}
