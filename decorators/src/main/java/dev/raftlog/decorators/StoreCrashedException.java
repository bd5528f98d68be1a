package dev.raftlog.decorators;

/**
 * Thrown by every call of a crash-stopped wrapper, from the call that crashed it until
 * {@link FaultyStore#restart()}. The store underneath is not called while crashed.
 */
public class StoreCrashedException extends InjectedIOException {
    private static final long serialVersionUID = 1L;

    /** A refusal by a crashed store. */
    public StoreCrashedException(String message, FaultKind kind, String rule, long sequence) {
        super(message, kind, rule, sequence);
    }
}
