package dev.raftlog.tck.crash;

import static dev.raftlog.tck.catalogue.Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED;

import dev.raftlog.decorators.fs.CrashImage;
import dev.raftlog.decorators.fs.CrashModel;
import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.decorators.fs.FsOperation;
import dev.raftlog.decorators.fs.FsyncFailure;
import dev.raftlog.decorators.fs.FsyncSemantics;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * LS-FSYNC-01 (ATC'20): for every file fsync of a fixed workload in turn, make that fsync fail
 * (Linux semantics: the dirty pages are dropped and later fsyncs succeed; and fail-always), let
 * the workload run until a call throws, try one more append, then crash and reopen. The failed
 * call may be applied wholly or not at all; every call that returned normally must survive.
 */
final class FsyncFailureCheck {
    private FsyncFailureCheck() {
    }

    static List<CrashOp> workload() {
        return List.of(
                new CrashOp.Append(List.of(CrashOp.Append.entry(1, 1, 40), CrashOp.Append.entry(2, 1, 700))),
                new CrashOp.Append(List.of(CrashOp.Append.entry(3, 1, 600))),
                new CrashOp.Delete(3, 3),
                new CrashOp.Append(List.of(CrashOp.Append.entry(3, 2, 30), CrashOp.Append.entry(4, 2, 30))),
                new CrashOp.Reopen(),
                new CrashOp.Append(List.of(CrashOp.Append.entry(5, 2, 300))),
                new CrashOp.Delete(0, 1),
                new CrashOp.Append(List.of(CrashOp.Append.entry(6, 3, 20), CrashOp.Append.entry(7, 3, 900))));
    }

    static void run(StoreFactory factory) {
        long forces = countForces(factory);
        // The same workload and crash with no fsync failure first: a plain crash bug is not an fsync-failure bug.
        one(factory, 0, FsyncSemantics.LINUX).ifPresent(v -> {
            throw new TestAbortedException("not decided: the store already fails this check's workload without any fsync "
                    + "failure (" + v.getMessage().lines().skip(1).findFirst().orElse("").strip() + "); see the LS-CRASH rules");
        });
        for (FsyncSemantics semantics : FsyncSemantics.values()) {
            for (long n = 1; n <= forces; n++) {
                one(factory, n, semantics).ifPresent(v -> {
                    throw v;
                });
            }
        }
    }

    private static long countForces(StoreFactory factory) {
        try (FaultyFileSystem fs = FaultyFileSystem.builder().build()) {
            Path dir = CrashSuite.durableDirectory(fs);
            long[] forces = {0};
            WorkloadRun.run(factory, workload(), fs, dir, op -> {
                forces[0] += op.kind() == FsOperation.Kind.FSYNC ? 1 : 0;
                return false;
            });
            return forces[0];
        } catch (WorkloadRun.WorkloadFailed e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the workload with the n-th file fsync failing (none for n = 0); the violation, if any. */
    private static Optional<CrashViolation> one(StoreFactory factory, long n, FsyncSemantics semantics) {
        String rule = "FsyncFailure.onNth(" + n + ").semantics(FsyncSemantics." + semantics + ")";
        CrashImage image;
        FaultRun run;
        CrashOp failed = null;
        String ackedDespite = null;
        LogState without;
        LogState with;
        FaultyFileSystem.Builder builder = FaultyFileSystem.builder().seed(n);
        if (n > 0) {
            builder.fsyncFailures(FsyncFailure.onNth(n).semantics(semantics));
        }
        try (FaultyFileSystem fs = builder.build()) {
            Path dir = CrashSuite.durableDirectory(fs);
            run = new FaultRun(factory, dir);
            boolean[] failedNow = {false};
            fs.onOperation(op -> failedNow[0] |= op.kind() == FsOperation.Kind.FSYNC_FAILED);
            try {
                run.store = factory.reopen(dir);
            } catch (Exception e) {
                run.java.append("// newStore(dir) threw ").append(e).append('\n');
            }
            if (run.store != null) {
                for (CrashOp op : workload()) {
                    failedNow[0] = false;
                    Exception thrown = run.call(op, null);
                    if (thrown != null) {
                        failed = op;
                        break;
                    }
                    if (failedNow[0] && ackedDespite == null) {
                        ackedDespite = op.toString();
                        run.java.setLength(run.java.length() - 1);
                        run.java.append("   // an fsync failed inside this call, yet it returned normally\n");
                    }
                }
            }
            LogState before = run.acked;
            if (failed != null && run.store != null) {
                run.call(new CrashOp.Append(List.of(CrashOp.Append.entry(before.last() + 1, 9, 50))),
                        "one more append after the failure");
            }
            without = run.acked;
            with = failed == null ? without : before.apply(failed);
            if (run.acked != before) {
                with = with.apply(new CrashOp.Append(List.of(CrashOp.Append.entry(before.last() + 1, 9, 50))));
            }
            fs.onOperation(null);
            image = fs.crashImage();
            run.closeQuietly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (CrashModel model : List.of(CrashModel.LOSE_ALL_UNSYNCED, CrashModel.PROCESS_CRASH)) {
            try (FaultyFileSystem after = image.crash(model, n)) {
                Optional<Finding> f = CrashOracle.check(factory, after.getPath(CrashSuite.DIRECTORY), without, with,
                        run.writtenSoFar());
                if (f.isPresent()) {
                    String java = "FaultyFileSystem fs = FaultyFileSystem.builder().seed(" + n + "L).fsyncFailures(" + rule
                            + ").build();\nPath dir = CrashSuite.durableDirectory(fs);\nLogStore store = newStore(dir);\n"
                            + run.java + "FaultyFileSystem after = fs.crash(" + CrashFailure.modelJava(model) + ", " + n
                            + "L);\nstore = newStore(after.getPath(\"" + CrashSuite.DIRECTORY + "\"));   // FAILS: "
                            + f.get().problem();
                    String problem = "after file fsync #" + n + " failed (" + semantics + " semantics), "
                            + (failed == null ? "no call threw" : "the failing call was " + failed)
                            + (ackedDespite == null ? "" : "; '" + ackedDespite + "' returned normally although an fsync failed during it")
                            + ": " + f.get().problem();
                    return Optional.of(new CrashViolation(FSYNC_FAILURE_NOT_ACKNOWLEDGED, problem, java, run.calls + 3,
                            "Replay: deterministic; the fsync rule is " + rule, f.get().cause(),
                            CrashFailure.modelJava(model) + " after " + rule, n, after.faultLog().toString(), f.get().byteDiff()));
                }
            }
        }
        return Optional.empty();
    }
}
