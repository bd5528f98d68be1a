package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.decorators.fs.FsOperation;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs a workload once on a fault-injecting file system, with no fault, and captures the disk
 * (a {@code CrashImage}) after the operations {@code capture} selects, together with what the
 * oracle says the store must hold at that moment. Crashing the images afterwards gives every
 * selected crash point of the run without running it again.
 */
final class WorkloadRun {

    /** The store failed a call of the workload although no fault was injected: not a crash verdict. */
    static final class WorkloadFailed extends Exception {
        private static final long serialVersionUID = 1L;

        WorkloadFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FaultyFileSystem fs;
    private final List<CrashPoint> points = new ArrayList<>();
    private LogState acked = LogState.EMPTY;
    private LogState ifApplied = LogState.EMPTY;
    private int step = -1;
    private boolean inFlight = true;
    private Map<Long, List<Log>> written = Map.of();

    private WorkloadRun(FaultyFileSystem fs) {
        this.fs = fs;
    }

    /** Runs {@code ops} on {@code dir} (a durable directory of {@code fs}) and returns the crash points. */
    static List<CrashPoint> run(StoreFactory factory, List<CrashOp> ops, FaultyFileSystem fs, Path dir,
            Predicate<FsOperation> capture) throws WorkloadFailed {
        WorkloadRun run = new WorkloadRun(fs);
        fs.onOperation(op -> {
            if (capture.test(op)) {
                run.points.add(new CrashPoint(op.index(), op.kind() + " " + op.path(), fs.crashImage(), run.acked,
                        run.ifApplied, run.step, run.inFlight, run.written));
            }
        });
        LogStore store = null;
        try {
            try {
                store = factory.reopen(dir);
            } catch (IOException | RuntimeException e) {
                throw new WorkloadFailed("opening the store failed (" + e + "); " + CrashSuite.OPT_OUT_HINT, e);
            }
            for (int i = 0; i < ops.size(); i++) {
                CrashOp op = ops.get(i);
                run.begin(i, op);
                try {
                    if (op instanceof CrashOp.Append a) {
                        store.storeLogs(a.batch());
                    } else if (op instanceof CrashOp.Delete d) {
                        store.deleteRange(d.min(), d.max());
                    } else {
                        LogStore old = store;
                        store = null;
                        old.close();
                        store = factory.reopen(dir);
                    }
                } catch (IOException | RuntimeException e) {
                    throw new WorkloadFailed("call " + (i + 1) + " of the crash workload (" + op + ") failed with no fault injected: " + e, e);
                }
                run.end();
            }
            fs.onOperation(null);
            run.points.add(new CrashPoint(fs.operationCount(), "end of the workload", fs.crashImage(), run.acked,
                    run.acked, ops.size(), false, run.written));
            return run.points;
        } finally {
            fs.onOperation(null);
            if (store != null) {
                try {
                    store.close();
                } catch (IOException | RuntimeException e) {
                    // the verdict is about the crash images; a failing close after the run changes none of them
                }
            }
        }
    }

    private void begin(int i, CrashOp op) {
        step = i;
        inFlight = true;
        ifApplied = acked.apply(op);
        if (op instanceof CrashOp.Append a) {
            Map<Long, List<Log>> w = new HashMap<>(written);
            for (Log l : a.batch()) {
                List<Log> versions = new ArrayList<>(w.getOrDefault(l.index(), List.of()));
                versions.add(l);
                w.put(l.index(), List.copyOf(versions));
            }
            written = Map.copyOf(w);
        }
    }

    private void end() {
        acked = ifApplied;
        inFlight = false;
    }
}
