package dev.raftlog.decorators.fs;

import static dev.raftlog.decorators.fs.FsTestSupport.append;
import static dev.raftlog.decorators.fs.FsTestSupport.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class DiskFullTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().diskBudget(100).build();

    @Test
    void aWriteBeyondTheBudgetFailsAndWritesNothing() throws IOException {
        Path f = fs.getPath("/f");
        append(f, filled(90, 1), false);

        assertThatThrownBy(() -> append(f, filled(11, 2), false)).isInstanceOf(IOException.class)
                .hasMessage("/f: No space left on device");

        assertThat(Files.size(f)).isEqualTo(90);
        assertThat(fs.liveBytes()).isEqualTo(90);
        assertThat(fs.crashImage().unsyncedWrites()).isEqualTo(1);
        assertThat(fs.faultLog().events(FaultEvent.Kind.DISK_FULL)).hasSize(1);
        append(f, filled(10, 3), false); // exactly fills the disk
        assertThat(Files.size(f)).isEqualTo(100);
    }

    @Test
    void overwritesNeedNoSpaceAndDeletionFreesIt() throws IOException {
        Path f = fs.getPath("/f");
        append(f, filled(100, 1), false);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(filled(50, 2)), 0);
        }
        Files.delete(f);
        append(fs.getPath("/g"), filled(100, 1), false);
        assertThat(fs.liveBytes()).isEqualTo(100);
    }

    @Test
    void negativeBudgetIsRejected() {
        assertThatThrownBy(() -> FaultyFileSystem.builder().diskBudget(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disk budget");
    }
}
