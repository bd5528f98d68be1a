package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Applies single {@link Corruption}s to durable content (bit rot, CORDS-style faults). The
 * damage goes to the durable content and, where no unsynced write shadows it, to the live view
 * so reads see it at once. Not a crash point: it models the medium, not the program.
 */
final class CorruptionInjector {

    private final FaultyFileSystem fs;
    private final DiskModel model;

    CorruptionInjector(FaultyFileSystem fs, DiskModel model) {
        this.fs = fs;
        this.model = model;
    }

    FaultEvent corrupt(Path jimfsPath, long offset, Corruption corruption) throws IOException {
        synchronized (model) {
            fs.checkOpen();
            Path abs = jimfsPath.toAbsolutePath().normalize();
            if (Files.isDirectory(jimfsPath)) {
                throw new IllegalArgumentException("cannot corrupt a directory: " + abs);
            }
            Node n = model.node(FaultyFileSystemProvider.key(jimfsPath), false, abs.toString());
            long durableSize = n.durable.size();
            if (offset < 0 || offset >= durableSize) {
                throw new IllegalArgumentException("offset " + offset + " is outside the durable content of " + abs
                        + " (" + durableSize + " durable bytes)");
            }
            long start = offset;
            int len = 1;
            if (corruption.kind() != Corruption.Kind.BIT_FLIP) {
                long sector = model.config().sectorSize();
                start = offset - offset % sector;
                len = (int) Math.min(sector, durableSize - start);
            }
            byte[] bytes = new byte[len];
            n.durable.read(start, bytes, 0, len);
            String what;
            switch (corruption.kind()) {
                case BIT_FLIP -> {
                    bytes[0] ^= (byte) (1 << corruption.bit());
                    what = "flipped bit " + corruption.bit() + " of byte " + offset;
                }
                case ZERO_SECTOR -> {
                    java.util.Arrays.fill(bytes, (byte) 0);
                    what = "zeroed sector at " + start;
                }
                default -> {
                    new Random(corruption.garbageSeed()).nextBytes(bytes);
                    what = "garbage in sector at " + start + " (seed " + corruption.garbageSeed() + ")";
                }
            }
            n.durable = n.durable.write(start, bytes, 0, len);
            boolean shadowed = shadowed(n.pending, start, start + len);
            if (!shadowed) {
                try (FileChannel ch = FileChannel.open(jimfsPath, StandardOpenOption.WRITE)) {
                    ch.write(ByteBuffer.wrap(bytes), start);
                }
            }
            FaultEvent event = new FaultEvent(FaultEvent.Kind.CORRUPTED, abs.toString(), start, len,
                    what + (shadowed ? " (live view keeps unsynced data over it)" : ""));
            model.log().add(event);
            return event;
        }
    }

    FaultEvent corruptRandom(Corruption.Kind kind) throws IOException {
        synchronized (model) {
            fs.checkOpen();
            List<Path> candidates;
            try (Stream<Path> walk = Files.walk(fs.jimfs().getPath("/"))) {
                candidates = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<Path> durable = new java.util.ArrayList<>();
            for (Path p : candidates) {
                if (model.node(FaultyFileSystemProvider.key(p), false, p.toString()).durable.size() > 0) {
                    durable.add(p);
                }
            }
            if (durable.isEmpty()) {
                throw new IllegalStateException("no file has durable content to corrupt");
            }
            java.util.SplittableRandom r = model.random();
            Path target = durable.get(r.nextInt(durable.size()));
            long size = model.node(FaultyFileSystemProvider.key(target), false, target.toString()).durable.size();
            long offset = (long) (r.nextDouble() * size);
            Corruption c = switch (kind) {
                case BIT_FLIP -> Corruption.bitFlip(r.nextInt(8));
                case ZERO_SECTOR -> Corruption.zeroSector();
                case GARBAGE_SECTOR -> Corruption.garbageSector(r.nextLong());
            };
            return corrupt(target, offset, c);
        }
    }

    /** Whether an unsynced write or size change covers any of [from, to): then the page cache shows it, not the medium. */
    private static boolean shadowed(List<PendingWrite> pending, long from, long to) {
        for (PendingWrite w : pending) {
            if (w.isResize() ? w.newSize() < to : w.offset() < to && w.offset() + w.bytes().length > from) {
                return true;
            }
        }
        return false;
    }
}
