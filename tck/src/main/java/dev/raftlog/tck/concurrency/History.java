package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A recorded concurrent history: every call made on one store, ordered by start time, each with
 * its id (its position in that order). Immutable. Build one from any recorder's calls with
 * {@link #of(List)}; the times only need to come from one monotonic clock.
 */
public final class History {

    private final List<Call> calls;

    private History(List<Call> calls) {
        this.calls = calls;
    }

    /**
     * A history of {@code calls} (any order; ids are reassigned by start time, ties broken by
     * thread then end time so the order is deterministic).
     *
     * @throws IllegalArgumentException if two calls of one thread overlap in time (a thread
     *                                  makes one call at a time; overlapping calls mean the
     *                                  recorder mixed up threads)
     */
    public static History of(List<Call> calls) {
        List<Call> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparingLong(Call::start).thenComparingInt(Call::thread).thenComparingLong(Call::end));
        List<Call> withIds = new ArrayList<>(sorted.size());
        java.util.Map<Integer, Long> lastEndByThread = new java.util.HashMap<>();
        for (Call c : sorted) {
            Long prevEnd = lastEndByThread.put(c.thread(), c.end());
            if (prevEnd != null && prevEnd >= c.start()) {
                throw new IllegalArgumentException("thread " + c.thread() + " has overlapping calls; call "
                        + c.label() + " starts at " + c.start() + " before the previous one ended at " + prevEnd);
            }
            withIds.add(c.withId(withIds.size()));
        }
        return new History(Collections.unmodifiableList(withIds));
    }

    /** The calls, by start time; {@code calls().get(i).id() == i}. */
    public List<Call> calls() {
        return calls;
    }

    /** Number of calls. */
    public int size() {
        return calls.size();
    }

    /** Number of distinct threads. */
    public long threadCount() {
        return calls.stream().mapToInt(Call::thread).distinct().count();
    }

    @Override
    public String toString() {
        return "History[" + calls.size() + " calls, " + threadCount() + " threads]";
    }
}
