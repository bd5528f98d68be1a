package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Crash points per second on a small log-like workload: create a segment, fsync its directory,
 * then 10 appends of 4 KiB each followed by force (22 operations, 22 crash points). A crash
 * point = build the post-crash file system, read the segment back, check it, close it.
 * Not a test (speed is never asserted); run it as documented in decorators/FAULT-FS.md:
 * {@code java -cp ... dev.raftlog.decorators.fs.CrashPointBenchmark [seconds] [appends]}.
 */
public final class CrashPointBenchmark {

    private static final int SIZE = 4096;
    /** Appends per workload run; set once from the command line before anything runs. */
    private static int appends = 10;

    private CrashPointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        appends = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
        System.out.printf("workload: create + dir fsync + %d x (append %d B + force) = %d crash points per run%n",
                appends, SIZE, 2 + 2 * appends);
        CrashModel[] models = {CrashModel.LOSE_ALL_UNSYNCED, CrashModel.TORN, CrashModel.REORDER};
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        for (long seed = 0; System.nanoTime() < warmEnd; seed++) { // JIT warm-up over every path measured
            for (CrashModel model : models) {
                imagesFromOneRun(model, seed);
                rerunToEachPoint(model, seed);
            }
        }
        for (CrashModel model : models) {
            measure("images from one run, crash each", model, seconds, CrashPointBenchmark::imagesFromOneRun);
            measure("re-run workload to each point   ", model, seconds, CrashPointBenchmark::rerunToEachPoint);
        }
    }

    private interface Round {
        int run(CrashModel model, long seed) throws IOException;
    }

    private static void measure(String mode, CrashModel model, double seconds, Round round) throws IOException {
        long seed = 1_000_000;
        long points = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            points += round.run(model, seed++);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s  %-62s %,10.0f crash points/s  (%.3f ms each)%n", mode, model,
                points / elapsed, elapsed * 1000 / points);
    }

    private static void workload(FaultyFileSystem fs) throws IOException {
        Path seg = fs.getPath("/seg-1");
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try (FileChannel dir = FileChannel.open(fs.getPath("/"), StandardOpenOption.READ)) {
                dir.force(true);
            }
            byte[] block = new byte[SIZE];
            for (int i = 0; i < appends; i++) {
                java.util.Arrays.fill(block, (byte) (i + 1));
                ch.write(ByteBuffer.wrap(block));
                ch.force(true);
            }
        }
    }

    private static void check(FaultyFileSystem after, long acknowledgedBlocks) throws IOException {
        Path seg = after.getPath("/seg-1");
        byte[] got = Files.exists(seg) ? Files.readAllBytes(seg) : new byte[0];
        if (got.length < acknowledgedBlocks * SIZE) {
            throw new AssertionError("acknowledged data lost: " + got.length + " bytes, " + acknowledgedBlocks + " blocks acknowledged");
        }
    }

    private static int imagesFromOneRun(CrashModel model, long seed) throws IOException {
        try (FaultyFileSystem fs = FaultyFileSystem.builder().build()) {
            List<CrashImage> images = new ArrayList<>();
            List<Long> acked = new ArrayList<>();
            fs.onOperation(op -> {
                images.add(fs.crashImage());
                acked.add(op.kind() == FsOperation.Kind.FSYNC ? (op.index() - 2) / 2 : op.index() <= 2 ? 0 : (op.index() - 3) / 2);
            });
            workload(fs);
            for (int i = 0; i < images.size(); i++) {
                try (FaultyFileSystem after = images.get(i).crash(model, seed * 31 + i)) {
                    check(after, acked.get(i));
                }
            }
            return images.size();
        }
    }

    private static int rerunToEachPoint(CrashModel model, long seed) throws IOException {
        int points = 2 + 2 * appends;
        for (int k = 1; k <= points; k++) {
            int crashAt = k;
            FaultyFileSystem fs = FaultyFileSystem.builder().build();
            FaultyFileSystem[] after = new FaultyFileSystem[1];
            fs.onOperation(op -> {
                if (op.index() == crashAt) {
                    after[0] = fs.crash(model, seed * 31 + crashAt);
                }
            });
            try {
                workload(fs);
            } catch (CrashedFileSystemException expected) {
                // the workload ran into the crash, as intended
            }
            try (FaultyFileSystem crashed = after[0]) {
                check(crashed, crashAt <= 2 ? 0 : (crashAt - 2) / 2);
            }
        }
        return points;
    }
}
