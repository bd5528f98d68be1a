package dev.raftlog.tck.crash;

import static dev.raftlog.tck.catalogue.Requirement.FSYNC_DISK_FULL;

import dev.raftlog.api.Log;
import dev.raftlog.decorators.fs.CrashImage;
import dev.raftlog.decorators.fs.CrashModel;
import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * LS-FSYNC-02: a disk with a byte budget, filled by another file to a few KiB above what the
 * opened store uses; append until a call throws. The throw must be an IOException; every
 * acknowledged entry must stay readable; then the filler is deleted (space returns), one more
 * append is tried (it may succeed or throw an IOException saying why), the disk crashes, and the
 * reopened store must hold everything acknowledged and accept an append.
 */
final class DiskFullCheck {
    static final long BUDGET = 1 << 20;
    static final long FREE = 3000;
    static final int MAX_APPENDS = 60;

    private DiskFullCheck() {
    }

    static void run(StoreFactory factory) {
        baseline(factory);
        CrashImage image;
        FaultRun run;
        CrashOp failedOp = null;
        Exception failure = null;
        StringBuilder setup = new StringBuilder();
        try (FaultyFileSystem fs = FaultyFileSystem.builder().seed(1).diskBudget(BUDGET).build()) {
            Path dir = CrashSuite.durableDirectory(fs);
            run = new FaultRun(factory, dir);
            try {
                run.store = factory.reopen(dir);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the store did not open (" + e + "); " + CrashSuite.OPT_OUT_HINT, e);
            }
            long filler = BUDGET - fs.liveBytes() - FREE;
            Path fillerPath = fs.getPath("/filler");
            try (FileChannel ch = FileChannel.open(fillerPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.allocate((int) filler));
                ch.force(true);
            }
            fsyncRoot(fs);
            setup.append("// disk budget ").append(BUDGET).append(" B; another file leaves ").append(FREE).append(" B free\n");
            run.quiet = true;
            long firstIndex = 1;
            int attempts = 0;
            for (int i = 0; i < MAX_APPENDS && failure == null; i++) {
                CrashOp op = new CrashOp.Append(List.of(CrashOp.Append.entry(run.acked.last() + 1, 1, 400)));
                attempts++;
                failure = run.call(op, null);
                failedOp = failure == null ? null : op;
            }
            run.quiet = false;
            long lastTried = firstIndex + attempts - 1;
            run.java.append("for (long i = ").append(firstIndex).append("; i <= ").append(lastTried).append("; i++) {\n")
                    .append("    store.storeLogs(List.of(Log.command(i, 1, CrashPayload.bytes(i, 1, 400))));")
                    .append(failure == null ? "   // all returned normally with only " + FREE + " B free"
                            : "   // the last one threw " + failure.getClass().getSimpleName())
                    .append("\n}\n");
            if (failure != null && !(failure instanceof IOException)) {
                throw violation(run, setup, "storeLogs on a full disk threw " + failure.getClass().getName()
                        + ", not an IOException", "", failure, "disk full");
            }
            for (Log expected : run.acked.entries().values()) {
                Object got = read(run, expected.index());
                if (!expected.equals(got)) {
                    throw violation(run, setup, "acknowledged entry " + expected.index()
                            + " is not readable as acknowledged after the disk filled up", "  index " + expected.index()
                            + ": acknowledged " + EntryText.of(expected) + " | read " + EntryText.recovered(got, expected),
                            got instanceof Throwable t ? t : null, "disk full");
                }
            }
            Files.delete(fillerPath);
            fsyncRoot(fs);
            run.java.append("Files.delete(fs.getPath(\"/filler\"));   // space returns\n");
            Exception again = run.call(new CrashOp.Append(List.of(CrashOp.Append.entry(run.acked.last() + 1, 2, 400))),
                    "space is back: may succeed, or throw an IOException saying why");
            if (again != null && (!(again instanceof IOException) || again.getMessage() == null || again.getMessage().isBlank())) {
                throw violation(run, setup, "once space returned, storeLogs threw " + again
                        + "; expected success or an IOException whose message says why", "", again, "disk full, space returned");
            }
            image = fs.crashImage();
            run.closeQuietly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LogState with = failedOp == null ? run.acked : run.acked.apply(failedOp);
        try (FaultyFileSystem after = image.crash(CrashModel.LOSE_ALL_UNSYNCED, 1)) {
            Path dir = after.getPath(CrashSuite.DIRECTORY);
            Optional<Finding> f = CrashOracle.check(factory, dir, run.acked, with, run.writtenSoFar());
            if (f.isPresent()) {
                run.java.append("FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1L);\nstore = newStore(after.getPath(\"")
                        .append(CrashSuite.DIRECTORY).append("\"));   // FAILS: ").append(f.get().problem()).append('\n');
                throw violation(run, setup, "after disk full and a crash: " + f.get().problem(), f.get().byteDiff(),
                        f.get().cause(), "CrashModel.LOSE_ALL_UNSYNCED after disk full");
            }
            run.store = null;
            try {
                run.store = factory.reopen(dir);
                Log next = CrashOp.Append.entry(run.store.lastIndex() + 1, 3, 400);
                run.store.storeLogs(List.of(next));
            } catch (IOException | RuntimeException e) {
                run.java.append("FaultyFileSystem after = fs.crash(CrashModel.LOSE_ALL_UNSYNCED, 1L);\nstore = newStore(after.getPath(\"")
                        .append(CrashSuite.DIRECTORY).append("\"));\nstore.storeLogs(...);   // FAILS: threw ").append(e).append('\n');
                throw violation(run, setup, "with space back and the store reopened, storeLogs still throws " + e, "", e,
                        "disk full, then space returned and reopen");
            } finally {
                run.closeQuietly();
            }
        }
    }

    /** The same appends and crash on an unlimited disk: a plain crash bug is not a disk-full bug. */
    private static void baseline(StoreFactory factory) {
        CrashImage image;
        FaultRun run;
        try (FaultyFileSystem fs = FaultyFileSystem.builder().seed(1).build()) {
            Path dir = CrashSuite.durableDirectory(fs);
            run = new FaultRun(factory, dir);
            try {
                run.store = factory.reopen(dir);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the store did not open (" + e + "); " + CrashSuite.OPT_OUT_HINT, e);
            }
            for (int i = 0; i < 8; i++) {
                Exception e = run.call(new CrashOp.Append(List.of(CrashOp.Append.entry(run.acked.last() + 1, 1, 400))), null);
                if (e != null) {
                    throw new IllegalStateException("the store failed an append with no fault injected: " + e, e);
                }
            }
            image = fs.crashImage();
            run.closeQuietly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (FaultyFileSystem after = image.crash(CrashModel.LOSE_ALL_UNSYNCED, 1)) {
            CrashOracle.check(factory, after.getPath(CrashSuite.DIRECTORY), run.acked, run.acked, run.writtenSoFar())
                    .ifPresent(f -> {
                        throw new TestAbortedException("not decided: the store already loses acknowledged appends in a crash "
                                + "with plenty of space (" + f.problem() + "); see the LS-CRASH rules");
                    });
        }
    }

    private static Object read(FaultRun run, long index) {
        try {
            return run.store.getLog(index);
        } catch (Exception e) {
            return e;
        }
    }

    private static void fsyncRoot(FaultyFileSystem fs) throws IOException {
        try (FileChannel ch = FileChannel.open(fs.getPath("/"), StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static CrashViolation violation(FaultRun run, StringBuilder setup, String problem, String diff, Throwable cause,
            String model) {
        String java = "FaultyFileSystem fs = FaultyFileSystem.builder().seed(1L).diskBudget(" + BUDGET + "L).build();\n"
                + "Path dir = CrashSuite.durableDirectory(fs);\nLogStore store = newStore(dir);\n" + setup + run.java;
        return new CrashViolation(FSYNC_DISK_FULL, problem, java.strip(), run.calls + 2, "Replay: deterministic", cause, model, 1,
                "", diff);
    }
}
