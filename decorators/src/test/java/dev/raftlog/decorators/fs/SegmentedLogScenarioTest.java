package dev.raftlog.decorators.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * End to end, the way a segmented log store uses a file system: length+CRC framed records
 * appended and forced, a metadata file replaced by write-temp/force/rename/dir-fsync, then a
 * crash and recovery that reads frames until the first bad one.
 */
class SegmentedLogScenarioTest {

    private static void appendFrame(FileChannel ch, String payload) throws IOException {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        ByteBuffer frame = ByteBuffer.allocate(8 + data.length).putInt(data.length).putInt((int) crc.getValue()).put(data);
        ch.write(frame.flip());
    }

    private static List<String> recover(Path segment) throws IOException {
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(segment));
        List<String> out = new ArrayList<>();
        while (all.remaining() >= 8) {
            int len = all.getInt();
            int crc = all.getInt();
            if (len < 0 || len > all.remaining()) {
                break;
            }
            byte[] data = new byte[len];
            all.get(data);
            CRC32 c = new CRC32();
            c.update(data);
            if ((int) c.getValue() != crc) {
                break;
            }
            out.add(new String(data, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void writeMeta(Path dir, String content) throws IOException {
        Path tmp = dir.resolve("meta.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, dir.resolve("meta"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    @Test
    void acknowledgedFramesAndMetadataSurviveEveryCrashPointAndModel() throws IOException {
        FaultyFileSystem fs = FaultyFileSystem.builder().build();
        Path dir = fs.getPath("/raft/wal");
        Files.createDirectories(dir);
        for (Path p = dir; p.getParent() != null; p = p.getParent()) {
            try (FileChannel d = FileChannel.open(p.getParent(), StandardOpenOption.READ)) {
                d.force(true);
            }
        }
        List<CrashImage> images = new ArrayList<>();
        List<Integer> acknowledgedAt = new ArrayList<>();
        List<Integer> metaAt = new ArrayList<>();
        int[] acknowledged = {0};
        int[] meta = {0};
        fs.onOperation(op -> {
            images.add(fs.crashImage());
            acknowledgedAt.add(acknowledged[0]);
            metaAt.add(meta[0]);
        });
        writeMeta(dir, "first=1");
        meta[0] = 1;
        Path seg = dir.resolve("seg-1");
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            }
            for (int i = 1; i <= 5; i++) {
                appendFrame(ch, "entry-" + i + "-".repeat(i * 150));
                ch.force(true);
                acknowledged[0] = i;
            }
        }
        writeMeta(dir, "first=2");
        meta[0] = 2;
        fs.onOperation(null);

        int checked = 0;
        for (int point = 0; point < images.size(); point++) {
            for (CrashModel model : new CrashModel[] {CrashModel.LOSE_ALL_UNSYNCED, CrashModel.TORN, CrashModel.REORDER}) {
                try (FaultyFileSystem after = images.get(point).crash(model, point)) {
                    Path s = after.getPath("/raft/wal/seg-1");
                    List<String> frames = Files.exists(s) ? recover(s) : List.of();
                    assertThat(frames.size()).as("point %d %s", point, model).isGreaterThanOrEqualTo(acknowledgedAt.get(point));
                    for (int i = 0; i < frames.size(); i++) {
                        assertThat(frames.get(i)).startsWith("entry-" + (i + 1) + "-");
                    }
                    Path m = after.getPath("/raft/wal/meta");
                    if (metaAt.get(point) > 0) {
                        assertThat(Files.readString(m)).isIn("first=1", "first=2");
                    } else if (Files.exists(m)) {
                        assertThat(Files.readString(m)).isEqualTo("first=1");
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(images.size() * 3).isGreaterThan(30);
        FaultyFileSystem last = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1);
        assertThat(recover(last.getPath("/raft/wal/seg-1"))).hasSize(5);
        assertThat(Files.readString(last.getPath("/raft/wal/meta"))).isEqualTo("first=2");
    }
}
