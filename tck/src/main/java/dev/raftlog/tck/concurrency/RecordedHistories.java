package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.decorators.recording.CallRecord;
import dev.raftlog.decorators.recording.Recorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the calls a recording decorator ({@code Faults.wrap(store).recording()}) saw into a
 * {@link History} the checker can judge, so a history recorded under a real application (or
 * under injected faults) gets the same verdict as the kit's own workload.
 */
public final class RecordedHistories {
    private RecordedHistories() {
    }

    /**
     * The recorder's calls as a history.
     *
     * @throws IllegalArgumentException if the recorder dropped calls: a history with holes could
     *                                  be judged wrongly either way
     */
    public static History from(Recorder recorder) {
        if (!recorder.isComplete()) {
            throw new IllegalArgumentException("the recorder dropped " + recorder.dropped()
                    + " calls (capacity reached); record with a larger capacity to check this history");
        }
        return from(recorder.history());
    }

    /** The given calls as a history; threads are numbered in order of first appearance. */
    public static History from(List<CallRecord> records) {
        Map<Long, Integer> threads = new HashMap<>();
        List<Call> calls = new ArrayList<>(records.size());
        for (CallRecord r : records) {
            int thread = threads.computeIfAbsent(r.threadId(), k -> threads.size() + 1);
            calls.add(toCall(thread, r));
        }
        return History.of(calls);
    }

    @SuppressWarnings("unchecked")
    private static Call toCall(int thread, CallRecord r) {
        long start = r.startNanos();
        long end = r.endNanos();
        Call call = switch (r.op()) {
            case FIRST_INDEX -> Call.firstIndex(thread, r.error() == null ? (Long) r.result() : 0, start, end);
            case LAST_INDEX -> Call.lastIndex(thread, r.error() == null ? (Long) r.result() : 0, start, end);
            case GET_LOG -> Call.getLog(thread, (Long) r.args().get(0),
                    r.result() == null ? null : EntryFingerprint.of((Log) r.result()), start, end);
            case STORE_LOG -> Call.storeLogs(thread, List.of(EntryFingerprint.of((Log) r.args().get(0))), start, end);
            case STORE_LOGS -> Call.storeLogs(thread,
                    ((List<Log>) r.args().get(0)).stream().map(EntryFingerprint::of).toList(), start, end);
            case DELETE_RANGE -> Call.deleteRange(thread, (Long) r.args().get(0), (Long) r.args().get(1), start, end);
        };
        if (r.error() instanceof LogNotFoundException && r.op() == dev.raftlog.decorators.Operation.GET_LOG) {
            return call;
        }
        if (r.error() != null) {
            return call.withOutcome(Outcome.FAILED, r.error().toString());
        }
        return call;
    }
}
