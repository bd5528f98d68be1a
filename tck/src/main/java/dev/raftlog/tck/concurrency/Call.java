package dev.raftlog.tck.concurrency;

import java.util.List;
import java.util.Objects;

/**
 * One recorded LogStore call: who made it, what it asked, what came back, and when it started
 * and ended (nanoseconds on one monotonic clock; {@code end} is {@link Long#MAX_VALUE} for a call
 * that never returned). Calls are values; {@link History} gives them their ids.
 *
 * @param id      position in the history's start order (assigned by {@link History})
 * @param thread  number of the calling thread, 1-based
 * @param role    what the thread plays in the workload (writer, snapshot, reader-2, ...)
 * @param kind    the operation
 * @param index   getLog's index, or deleteRange's min; 0 otherwise
 * @param max     deleteRange's max; 0 otherwise
 * @param batch   storeLogs' entries, in call order; empty otherwise
 * @param outcome how the call ended
 * @param value   firstIndex/lastIndex result when {@code outcome == OK}; 0 otherwise
 * @param entry   getLog's result when {@code outcome == OK}; null otherwise
 * @param failure the unexpected exception ({@code class: message}) when FAILED; null otherwise
 * @param start   nanos when the call was made
 * @param end     nanos when it returned, or {@link Long#MAX_VALUE}
 */
public record Call(int id, int thread, String role, OpKind kind, long index, long max,
                   List<EntryFingerprint> batch, Outcome outcome, long value, EntryFingerprint entry,
                   String failure, long start, long end) {

    /** Checks the fields fit together; a history built from bad calls would give wrong verdicts. */
    public Call {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        role = role == null ? "T" + thread : role;
        batch = batch == null ? List.of() : List.copyOf(batch);
        if (end < start) {
            throw new IllegalArgumentException("call ends before it starts: start=" + start + ", end=" + end);
        }
        if (outcome == Outcome.PENDING && end != Long.MAX_VALUE) {
            throw new IllegalArgumentException("a PENDING call must have end = Long.MAX_VALUE");
        }
        if (outcome == Outcome.NOT_FOUND && kind != OpKind.GET_LOG) {
            throw new IllegalArgumentException("only getLog can end NOT_FOUND, not " + kind);
        }
        if (kind == OpKind.GET_LOG && outcome == Outcome.OK && entry == null) {
            throw new IllegalArgumentException("a getLog that returned must name its entry");
        }
    }

    /** {@code firstIndex()} that returned {@code result}. */
    public static Call firstIndex(int thread, long result, long start, long end) {
        return new Call(-1, thread, null, OpKind.FIRST_INDEX, 0, 0, null, Outcome.OK, result, null, null, start, end);
    }

    /** {@code lastIndex()} that returned {@code result}. */
    public static Call lastIndex(int thread, long result, long start, long end) {
        return new Call(-1, thread, null, OpKind.LAST_INDEX, 0, 0, null, Outcome.OK, result, null, null, start, end);
    }

    /** {@code getLog(index)} that returned {@code result}, or threw not-found when it is null. */
    public static Call getLog(int thread, long index, EntryFingerprint result, long start, long end) {
        return new Call(-1, thread, null, OpKind.GET_LOG, index, 0, null,
                result == null ? Outcome.NOT_FOUND : Outcome.OK, 0, result, null, start, end);
    }

    /** {@code storeLogs(batch)} that returned normally. */
    public static Call storeLogs(int thread, List<EntryFingerprint> batch, long start, long end) {
        return new Call(-1, thread, null, OpKind.STORE_LOGS, 0, 0, batch, Outcome.OK, 0, null, null, start, end);
    }

    /** {@code deleteRange(min, max)} that returned normally. */
    public static Call deleteRange(int thread, long min, long max, long start, long end) {
        return new Call(-1, thread, null, OpKind.DELETE_RANGE, min, max, null, Outcome.OK, 0, null, null, start, end);
    }

    /** This call played by a thread with another role name. */
    public Call withRole(String newRole) {
        return new Call(id, thread, newRole, kind, index, max, batch, outcome, value, entry, failure, start, end);
    }

    /** This call with another outcome (for FAILED, {@code failureText} says what was thrown). */
    public Call withOutcome(Outcome newOutcome, String failureText) {
        return new Call(id, thread, role, kind, index, max, batch, newOutcome, value,
                newOutcome == Outcome.OK ? entry : null, failureText, start,
                newOutcome == Outcome.PENDING ? Long.MAX_VALUE : end);
    }

    Call withId(int newId) {
        return new Call(newId, thread, role, kind, index, max, batch, outcome, value, entry, failure, start, end);
    }

    /** Whether this call's interval overlaps {@code [from, to]}. */
    boolean overlaps(long from, long to) {
        return start <= to && end >= from;
    }

    /** Whether this call writes or deletes index {@code i}. */
    boolean touchesIndex(long i) {
        if (kind == OpKind.DELETE_RANGE) {
            return index <= i && i <= max;
        }
        if (kind == OpKind.STORE_LOGS) {
            for (EntryFingerprint e : batch) {
                if (e.index() == i) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lowest index of a storeLogs batch (0 when empty). */
    long batchMin() {
        long m = Long.MAX_VALUE;
        for (EntryFingerprint e : batch) {
            m = Math.min(m, e.index());
        }
        return batch.isEmpty() ? 0 : m;
    }

    /** Highest index of a storeLogs batch (0 when empty). */
    long batchMax() {
        long m = 0;
        for (EntryFingerprint e : batch) {
            m = Math.max(m, e.index());
        }
        return m;
    }

    /** Short text of the call and its result, e.g. {@code getLog(13)=NOT_FOUND}. */
    public String label() {
        String res = switch (outcome) {
            case NOT_FOUND -> "=NOT_FOUND";
            case FAILED -> "!" + shortFailure();
            case PENDING -> " (never returned)";
            case OK -> switch (kind) {
                case FIRST_INDEX, LAST_INDEX -> "=" + value;
                case GET_LOG -> "=" + entry;
                default -> "";
            };
        };
        String op = switch (kind) {
            case FIRST_INDEX -> "firstIndex()";
            case LAST_INDEX -> "lastIndex()";
            case GET_LOG -> "getLog(" + index + ")";
            case DELETE_RANGE -> "deleteRange(" + index + ".." + max + ")";
            case STORE_LOGS -> batch.isEmpty() ? "storeLogs[]"
                    : "storeLogs[" + (batch.size() == 1 ? String.valueOf(batchMin()) : batchMin() + ".." + batchMax())
                    + ",t" + batch.get(0).term() + "]";
        };
        return op + res;
    }

    private String shortFailure() {
        String f = failure == null ? "exception" : failure;
        int colon = f.indexOf(':');
        String cls = colon < 0 ? f : f.substring(0, colon);
        return cls.substring(cls.lastIndexOf('.') + 1);
    }
}
