package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After a failed fsync the store must refuse writes until reopened (ATC'20: a retry would lie). */
class FsyncFailureTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final AtomicBoolean failing = new AtomicBoolean();
    private final FileLogStoreOptions options = FileLogStoreOptions.builder().segmentSize(1024)
            .channelOpener((path, opts) -> new ForceFailingChannel(FileChannel.open(path, opts), failing)).build();

    @AfterEach
    void closeFileSystem() throws IOException {
        fs.close();
    }

    @Test
    void failedFsyncOfABatchDisablesWritesUntilReopen() throws IOException {
        Path dir = fs.getPath("/log");
        FileLogStore s = FileLogStore.open(dir, options);
        s.storeLogs(StoreBehaviourTest.range(1, 3));
        failing.set(true);
        assertThatThrownBy(() -> s.storeLogs(StoreBehaviourTest.range(4, 5)))
                .isInstanceOf(IOException.class).hasMessageContaining("injected");
        failing.set(false);
        assertThatThrownBy(() -> s.storeLogs(StoreBehaviourTest.range(4, 5)))
                .isInstanceOf(WritesDisabledException.class).hasRootCauseMessage("injected fsync failure (EIO)");
        assertThatThrownBy(() -> s.deleteRange(1, 1)).isInstanceOf(WritesDisabledException.class);
        assertThat(s.lastIndex()).isEqualTo(3);
        assertThatThrownBy(() -> s.getLog(4)).isInstanceOf(LogNotFoundException.class);
        assertThat(s.getLog(3)).isEqualTo(StoreBehaviourTest.entry(3));
        s.close();

        // On Jimfs the unsynced batch is still in the file; a real crash may or may not keep it.
        // Either way the reopened store is consistent and writable again.
        FileLogStore r = FileLogStore.open(dir, options);
        assertThat(r.lastIndex()).isIn(3L, 5L);
        r.storeLogs(StoreBehaviourTest.range(6, 7));
        assertThat(r.lastIndex()).isEqualTo(7);
        r.close();
    }

    @Test
    void failedFsyncDuringRotationOrDeleteAlsoDisablesWrites() throws IOException {
        Path dir = fs.getPath("/log2");
        FileLogStore s = FileLogStore.open(dir, options);
        for (long i = 1; i <= 40; i += 4) {
            s.storeLogs(StoreBehaviourTest.range(i, i + 3));
        }
        failing.set(true);
        assertThatThrownBy(() -> s.deleteRange(0, 30)).isInstanceOf(IOException.class);
        failing.set(false);
        assertThatThrownBy(() -> s.storeLogs(StoreBehaviourTest.range(41, 41))).isInstanceOf(WritesDisabledException.class);
        s.close();
        FileLogStore r = FileLogStore.open(dir, options);
        r.storeLogs(StoreBehaviourTest.range(41, 41));
        assertThat(r.lastIndex()).isEqualTo(41);
        r.close();
    }
}
