package dev.raftlog.decorators.fs;

import static dev.raftlog.decorators.fs.FsTestSupport.append;
import static dev.raftlog.decorators.fs.FsTestSupport.filled;
import static dev.raftlog.decorators.fs.FsTestSupport.fsyncDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorruptionTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().seed(5).build();
    private final Path f = fs.getPath("/data");

    private void durable(int length) throws IOException {
        append(f, filled(length, 0x0F), true);
        fsyncDir(fs.getPath("/"));
    }

    @Test
    void bitFlipFlipsExactlyThatBitInLiveAndDurableContent() throws IOException {
        durable(2000);
        FaultEvent e = fs.corrupt(f, 1234, Corruption.bitFlip(7));

        byte[] expected = filled(2000, 0x0F);
        expected[1234] = (byte) 0x8F;
        assertThat(Files.readAllBytes(f)).isEqualTo(expected);
        assertThat(Files.readAllBytes(fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 0).getPath("/data"))).isEqualTo(expected);
        assertThat(e.offset()).isEqualTo(1234);
        assertThat(e.length()).isEqualTo(1);
    }

    @Test
    void zeroSectorZerosTheAlignedSectorClippedToTheFile() throws IOException {
        durable(1200);
        fs.corrupt(f, 1100, Corruption.zeroSector());

        byte[] got = Files.readAllBytes(f);
        for (int i = 0; i < 1200; i++) {
            assertThat(got[i]).as("byte %d", i).isEqualTo(i >= 1024 ? (byte) 0 : (byte) 0x0F);
        }
    }

    @Test
    void garbageSectorChangesOnlyThatSector() throws IOException {
        durable(1536);
        fs.corrupt(f, 600, Corruption.garbageSector(1));

        byte[] got = Files.readAllBytes(f);
        assertThat(java.util.Arrays.copyOfRange(got, 0, 512)).isEqualTo(filled(512, 0x0F));
        assertThat(java.util.Arrays.copyOfRange(got, 1024, 1536)).isEqualTo(filled(512, 0x0F));
        assertThat(java.util.Arrays.copyOfRange(got, 512, 1024)).isNotEqualTo(filled(512, 0x0F));
    }

    @Test
    void randomCorruptionIsOneBitAndReplaysFromTheSeed() throws IOException {
        durable(4096);
        FaultEvent a = fs.corruptRandom(Corruption.Kind.BIT_FLIP);

        FaultyFileSystem again = FaultyFileSystem.builder().seed(5).build();
        append(again.getPath("/data"), filled(4096, 0x0F), true);
        assertThat(again.corruptRandom(Corruption.Kind.BIT_FLIP)).isEqualTo(a);
        byte[] got = Files.readAllBytes(f);
        int differing = 0;
        for (byte b : got) {
            differing += Integer.bitCount((b ^ 0x0F) & 0xFF);
        }
        assertThat(differing).isEqualTo(1);
    }

    @Test
    void offsetsOutsideDurableContentAreRejectedAndChangeNothing() throws IOException {
        durable(10);
        append(f, filled(10, 1), false);
        assertThatThrownBy(() -> fs.corrupt(f, 15, Corruption.bitFlip(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the durable content of /data");
        assertThatThrownBy(() -> Corruption.bitFlip(8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fs.faultLog().events()).isEmpty();
    }
}
