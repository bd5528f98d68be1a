package dev.raftlog.decorators.recording;

import dev.raftlog.api.Log;
import dev.raftlog.decorators.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One completed call on a recording wrapper: who called what, when it started and ended, and
 * how it ended. A history of these is what a linearizability or concurrency checker consumes.
 *
 * <p>Immutable: {@link Log} values in {@code args} and {@code result} are deep copies taken when
 * the call started (arguments) or ended (result), so later changes by the caller or the store do
 * not change the history.
 *
 * <p>Arguments by operation:
 * <ul>
 *   <li>{@code FIRST_INDEX}, {@code LAST_INDEX}: {@code []}</li>
 *   <li>{@code GET_LOG}: {@code [Long index]}</li>
 *   <li>{@code STORE_LOG}: {@code [Log log]}</li>
 *   <li>{@code STORE_LOGS}: {@code [List<Log> logs]}</li>
 *   <li>{@code DELETE_RANGE}: {@code [Long min, Long max]}</li>
 * </ul>
 * Results: a {@code Long} for {@code FIRST_INDEX}/{@code LAST_INDEX}, a {@code Log} for
 * {@code GET_LOG}, {@code null} for the others and for every call that threw.
 *
 * @param sequence      call number on this wrapper, from 1, in the order calls <em>started</em>
 *                      (taken atomically before anything else happens); links to
 *                      {@link dev.raftlog.decorators.FaultEvent#sequence()}
 * @param threadId      {@code Thread.getId()} of the calling thread
 * @param threadName    name of the calling thread
 * @param op            the operation
 * @param args          the arguments, as listed above; unmodifiable
 * @param startNanos    clock reading when the call entered the wrapper (before injected latency);
 *                      {@code System.nanoTime()}, or the virtual clock when one is configured
 * @param endNanos      clock reading when the call left the wrapper
 * @param result        the returned value, as listed above
 * @param error         the exception thrown, or null if the call returned normally
 * @param injectedFault the error rule that fired on this call (an error, hang, crash or partial
 *                      batch; the last one when several fired), or a refusal while crashed; null
 *                      when none fired, so the outcome is the store's own. Injected latency alone
 *                      is not listed here (see the fault log)
 */
public record CallRecord(long sequence, long threadId, String threadName, Operation op, List<Object> args,
                         long startNanos, long endNanos, Object result, Throwable error, String injectedFault) {

    /** Checks the fields that must be present; {@code args} is kept as given (already unmodifiable). */
    public CallRecord {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(args, "args");
    }

    /** True when the call threw. */
    public boolean failed() {
        return error != null;
    }

    /** How long the call took in nanoseconds, injected latency included. */
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Whether this call's interval overlaps {@code other}'s (both may have run at the same time). */
    public boolean overlaps(CallRecord other) {
        return startNanos <= other.endNanos && other.startNanos <= endNanos;
    }
}
