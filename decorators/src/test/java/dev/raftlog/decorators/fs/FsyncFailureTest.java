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
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class FsyncFailureTest {

    private static FileChannel openAppend(Path p) throws IOException {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Test
    void linuxSemanticsDropDirtyDataButKeepItReadableUntilTheCrash() throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder().fsyncFailures(FsyncFailure.onNth(2)).build();
        Path f = fs.getPath("/wal");
        append(f, filled(10, 1), true); // force #1 succeeds
        fsyncDir(fs.getPath("/"));
        try (FileChannel ch = openAppend(f)) {
            ch.write(ByteBuffer.wrap(filled(10, 2)));
            assertThatThrownBy(() -> ch.force(true)).isInstanceOf(IOException.class)
                    .hasMessage("injected fsync failure on /wal (Linux semantics: dirty pages dropped"
                            + " (1 unsynced writes will not survive a crash))");
            ch.force(true); // the retry "succeeds": the lie that fooled PostgreSQL
        }
        byte[] live = Files.readAllBytes(f);
        assertThat(live).hasSize(20);
        assertThat(live[15]).isEqualTo((byte) 2);

        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0);

        assertThat(Files.readAllBytes(after.getPath("/wal"))).isEqualTo(filled(10, 1));
        assertThat(fs.faultLog().events(FaultEvent.Kind.FSYNC_FAILED)).hasSize(1);
        append(after.getPath("/wal"), filled(1, 3), true); // the rules do not follow into the recovery run
        append(after.getPath("/wal"), filled(1, 3), true);
        assertThat(after.faultLog().events(FaultEvent.Kind.FSYNC_FAILED)).isEmpty();
    }

    @Test
    void writesAfterALinuxFailureBecomeDurableAgain() throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder().fsyncFailures(FsyncFailure.onNth(1)).build();
        Path f = fs.getPath("/wal");
        try (FileChannel ch = openAppend(f)) {
            fsyncDir(fs.getPath("/"));
            ch.write(ByteBuffer.wrap(filled(4, 1)));
            assertThatThrownBy(() -> ch.force(false)).isInstanceOf(IOException.class);
            ch.write(ByteBuffer.wrap(filled(4, 2)));
            ch.force(false);
        }
        FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0);
        // The first 4 bytes were dropped from the durable view; the file is 8 long with a hole.
        assertThat(Files.readAllBytes(after.getPath("/wal"))).containsExactly(0, 0, 0, 0, 2, 2, 2, 2);
    }

    @Test
    void failAlwaysKeepsFailingThatFileOnly() throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder()
                .fsyncFailures(FsyncFailure.onNth(1).onPaths("/bad.*").semantics(FsyncSemantics.FAIL_ALWAYS)).build();
        Path bad = fs.getPath("/bad");
        Path good = fs.getPath("/good");
        append(good, filled(1, 1), true);
        try (FileChannel ch = openAppend(bad)) {
            ch.write(ByteBuffer.wrap(filled(3, 3)));
            assertThatThrownBy(() -> ch.force(true)).hasMessageContaining("fail-always");
            assertThatThrownBy(() -> ch.force(true)).hasMessageContaining("injected fsync failure on /bad");
        }
        append(good, filled(1, 1), true);
        assertThat(fs.faultLog().events(FaultEvent.Kind.FSYNC_FAILED)).hasSize(2);
    }

    @Test
    void pathRuleCountsOnlyTheForcesOfMatchingFiles() throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder().fsyncFailures(FsyncFailure.onNth(2).onPaths(".*\\.wal")).build();
        append(fs.getPath("/a.wal"), filled(1, 1), true);
        append(fs.getPath("/b.meta"), filled(1, 1), true); // second force overall, but the path does not match
        assertThat(fs.faultLog().events()).isEmpty();
        assertThatThrownBy(() -> append(fs.getPath("/a.wal"), filled(1, 1), true))
                .hasMessageStartingWith("injected fsync failure on /a.wal");
    }

    @Test
    void probabilisticFailuresReplayFromTheSeed() throws IOException {
        String first = run(7);
        assertThat(first).isEqualTo(run(7)).isNotEmpty();
        assertThat(run(8)).isNotEqualTo(first);
    }

    private static String run(long seed) throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder().seed(seed).fsyncFailures(FsyncFailure.withProbability(0.3)).build();
        StringBuilder outcome = new StringBuilder();
        try (FileChannel ch = openAppend(fs.getPath("/wal"))) {
            for (int i = 0; i < 40; i++) {
                ch.write(ByteBuffer.wrap(filled(1, i)));
                try {
                    ch.force(true);
                    outcome.append('.');
                } catch (IOException e) {
                    outcome.append('F');
                }
            }
        }
        assertThat(outcome.toString()).contains("F").contains(".");
        return outcome + fs.faultLog().toString();
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() -> FsyncFailure.onNth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 1");
        assertThatThrownBy(() -> FsyncFailure.withProbability(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1]");
    }
}
