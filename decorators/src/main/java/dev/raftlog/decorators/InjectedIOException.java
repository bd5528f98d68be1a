package dev.raftlog.decorators;

import java.io.IOException;

/**
 * An I/O error a wrapper injected (EIO, disk full, a partial batch), not one the store raised.
 * The message names the fault, the call and the rule, e.g.
 * {@code "injected EIO on storeLogs call #3 (sequence 17; rule: failing(STORE_LOGS).onNthCall(3).eio())"}.
 * Code under test should treat it like any {@link IOException}; tests can tell it apart by type.
 */
public class InjectedIOException extends IOException {
    private static final long serialVersionUID = 1L;

    private final FaultKind kind;
    private final String rule;
    private final long sequence;

    /** An injected error of {@code kind}, by {@code rule}, on call {@code sequence}. */
    public InjectedIOException(String message, FaultKind kind, String rule, long sequence) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.sequence = sequence;
    }

    /** What was injected. */
    public FaultKind kind() {
        return kind;
    }

    /** The rule that injected it. */
    public String rule() {
        return rule;
    }

    /** The sequence number of the call it hit. */
    public long sequence() {
        return sequence;
    }
}
