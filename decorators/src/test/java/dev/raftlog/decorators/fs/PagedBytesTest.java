package dev.raftlog.decorators.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagedBytesTest {

    @Test
    void writesAcrossPagesAreCopyOnWrite() {
        byte[] data = new byte[6000];
        java.util.Arrays.fill(data, (byte) 7);
        PagedBytes a = PagedBytes.of(data);
        PagedBytes b = a.write(4000, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
                48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
                75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100}, 0, 100);

        assertThat(a.toArray()).isEqualTo(data);
        byte[] got = b.toArray();
        assertThat(got[3999]).isEqualTo((byte) 7);
        assertThat(got[4000]).isEqualTo((byte) 1);
        assertThat(got[4099]).isEqualTo((byte) 100);
        assertThat(got[4100]).isEqualTo((byte) 7);
    }

    @Test
    void truncatingThenGrowingReadsZerosNotTheCutBytes() {
        byte[] data = new byte[5000];
        java.util.Arrays.fill(data, (byte) 9);
        PagedBytes cut = PagedBytes.of(data).resize(4100).resize(5000);

        byte[] got = cut.toArray();
        assertThat(got).hasSize(5000);
        assertThat(got[4099]).isEqualTo((byte) 9);
        for (int i = 4100; i < 5000; i++) {
            assertThat(got[i]).as("byte %d", i).isZero();
        }
    }

    @Test
    void writesBeyondTheEndLeaveAZeroHole() {
        PagedBytes p = PagedBytes.EMPTY.write(10000, new byte[] {5}, 0, 1);
        assertThat(p.size()).isEqualTo(10001);
        assertThat(p.toArray()[9999]).isZero();
        assertThat(p.toArray()[10000]).isEqualTo((byte) 5);
    }
}
