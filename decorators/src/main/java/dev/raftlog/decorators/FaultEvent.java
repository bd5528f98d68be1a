package dev.raftlog.decorators;

/**
 * One fault a wrapper injected, with the call it hit. The fault log of a wrapper
 * ({@link FaultyStore#faultLog()}) lists these in the order they were injected; with the same
 * seed, the same calls and a virtual clock, two runs give equal logs.
 *
 * @param sequence   the call's sequence number on the wrapper (from 1, in start order), the
 *                   same as {@link dev.raftlog.decorators.recording.CallRecord#sequence()}
 * @param op         the operation called
 * @param opCall     which call of that operation it was (from 1), as in "storeLogs call #3"
 * @param kind       what was injected
 * @param rule       the rule or latency setting that injected it, e.g.
 *                   {@code "failing(STORE_LOGS).onNthCall(3).eio()"}
 * @param detail     specifics: the delay in ns, the entries a partial batch applied
 * @param atNanos    clock reading when the fault was injected (virtual clock when configured)
 */
public record FaultEvent(long sequence, Operation op, long opCall, FaultKind kind, String rule, String detail,
                         long atNanos) {

    @Override
    public String toString() {
        return "#" + sequence + " " + op.methodName() + " call #" + opCall + ": " + kind + " by " + rule
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
