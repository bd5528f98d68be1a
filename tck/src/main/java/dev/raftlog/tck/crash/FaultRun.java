package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookkeeping shared by the fsync-failure and disk-full checks: runs calls one at a time,
 * records which returned (acknowledged) and which threw, every entry written, and the calls as Java.
 */
final class FaultRun {
    final StoreFactory factory;
    final Path dir;
    LogStore store;
    LogState acked = LogState.EMPTY;
    final Map<Long, List<Log>> written = new HashMap<>();
    final StringBuilder java = new StringBuilder();
    int calls;
    /** While true, calls are not written out one by one (the caller writes a loop instead). */
    boolean quiet;

    FaultRun(StoreFactory factory, Path dir) {
        this.factory = factory;
        this.dir = dir;
    }

    /** Runs {@code op}; returns null when it returned normally (acknowledged), else what it threw. */
    Exception call(CrashOp op, String note) {
        if (op instanceof CrashOp.Append a) {
            for (Log l : a.batch()) {
                written.computeIfAbsent(l.index(), k -> new ArrayList<>()).add(l);
            }
        }
        calls++;
        int mark = java.length();
        java.append(op.toJava());
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
        } catch (Exception e) {
            java.append("   // threw ").append(e.getClass().getSimpleName()).append(note == null ? "" : "; " + note).append('\n');
            if (quiet) {
                java.setLength(mark);
            }
            return e;
        }
        java.append(note == null ? "" : "   // " + note).append('\n');
        if (quiet) {
            java.setLength(mark);
        }
        acked = acked.apply(op);
        return null;
    }

    /** Writing history, frozen for the oracle. */
    Map<Long, List<Log>> writtenSoFar() {
        Map<Long, List<Log>> copy = new HashMap<>();
        written.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    void closeQuietly() {
        if (store != null) {
            try {
                store.close();
            } catch (IOException | RuntimeException e) {
                // the verdict is about what survives, not about close
            }
            store = null;
        }
    }
}
