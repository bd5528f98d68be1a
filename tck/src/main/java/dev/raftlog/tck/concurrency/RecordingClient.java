package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;

import java.util.ArrayList;
import java.util.List;

/**
 * One workload thread's handle on the store: makes each call, records it as a {@link Call}
 * with start and end on the run's clock, and never lets an exception escape (an unexpected one
 * is recorded as FAILED; the workload carries on, as raft would retry). The call in progress is
 * visible to the watchdog, so a call that never returns can still be reported.
 *
 * <p>Minimal on purpose: the kit's general recording decorator lives in the decorators module;
 * this one only needs to be cheap and to know its thread's role.
 */
final class RecordingClient {

    /** What a read that did not return a number gives back to the workload. */
    static final long NO_VALUE = -1;

    private final int thread;
    private final String role;
    private final LogStore store;
    private final long origin;
    private final List<Call> calls = new ArrayList<>();
    private volatile Call inFlight;

    RecordingClient(int thread, String role, LogStore store, long origin) {
        this.thread = thread;
        this.role = role;
        this.store = store;
        this.origin = origin;
    }

    int thread() {
        return thread;
    }

    String role() {
        return role;
    }

    /** A copy of the calls completed so far (safe to take while the thread still runs). */
    synchronized List<Call> calls() {
        return new ArrayList<>(calls);
    }

    long originNanos() {
        return origin;
    }

    /** The call in progress, with outcome PENDING, or null. */
    Call inFlight() {
        return inFlight;
    }

    long firstIndex() {
        Call c = begin(OpKind.FIRST_INDEX, 0, 0, null);
        try {
            long v = store.firstIndex();
            finish(c, Outcome.OK, v, null, null);
            return v;
        } catch (Throwable t) {
            finish(c, Outcome.FAILED, 0, null, t);
            return NO_VALUE;
        }
    }

    long lastIndex() {
        Call c = begin(OpKind.LAST_INDEX, 0, 0, null);
        try {
            long v = store.lastIndex();
            finish(c, Outcome.OK, v, null, null);
            return v;
        } catch (Throwable t) {
            finish(c, Outcome.FAILED, 0, null, t);
            return NO_VALUE;
        }
    }

    /** The entry's fingerprint, or null when not found or failed. */
    EntryFingerprint getLog(long index) {
        Call c = begin(OpKind.GET_LOG, index, 0, null);
        try {
            Log log = store.getLog(index);
            if (log == null) {
                finish(c, Outcome.FAILED, 0, null, new NullPointerException("getLog returned null"));
                return null;
            }
            EntryFingerprint e = EntryFingerprint.of(log);
            finish(c, Outcome.OK, 0, e, null);
            return e;
        } catch (LogNotFoundException e) {
            finish(c, Outcome.NOT_FOUND, 0, null, null);
            return null;
        } catch (Throwable t) {
            finish(c, Outcome.FAILED, 0, null, t);
            return null;
        }
    }

    boolean storeLogs(List<Log> logs) {
        List<EntryFingerprint> batch = new ArrayList<>(logs.size());
        for (Log l : logs) {
            batch.add(EntryFingerprint.of(l));
        }
        Call c = begin(OpKind.STORE_LOGS, 0, 0, batch);
        try {
            store.storeLogs(logs);
            finish(c, Outcome.OK, 0, null, null);
            return true;
        } catch (Throwable t) {
            finish(c, Outcome.FAILED, 0, null, t);
            return false;
        }
    }

    boolean deleteRange(long min, long max) {
        Call c = begin(OpKind.DELETE_RANGE, min, max, null);
        try {
            store.deleteRange(min, max);
            finish(c, Outcome.OK, 0, null, null);
            return true;
        } catch (Throwable t) {
            finish(c, Outcome.FAILED, 0, null, t);
            return false;
        }
    }

    private Call begin(OpKind kind, long index, long max, List<EntryFingerprint> batch) {
        Call c = new Call(-1, thread, role, kind, index, max, batch, Outcome.PENDING, 0, null, null,
                System.nanoTime() - origin, Long.MAX_VALUE);
        inFlight = c;
        return c;
    }

    private void finish(Call c, Outcome outcome, long value, EntryFingerprint entry, Throwable failure) {
        long end = System.nanoTime() - origin;
        inFlight = null;
        record(new Call(-1, thread, role, c.kind(), c.index(), c.max(), c.batch(), outcome, value, entry,
                failure == null ? null : failure.getClass().getName() + ": " + failure.getMessage(), c.start(), end));
    }

    private synchronized void record(Call c) {
        calls.add(c);
    }
}
