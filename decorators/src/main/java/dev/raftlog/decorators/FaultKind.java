package dev.raftlog.decorators;

/** What a wrapper injected into a call; the type of each {@link FaultEvent}. */
public enum FaultKind {
    /** A delay from a latency distribution (the call then proceeded). */
    LATENCY,
    /** An {@link InjectedIOException} like EIO: the store was not called. */
    EIO,
    /** An {@link InjectedIOException} whose message starts "No space left on device": the store was not called. */
    DISK_FULL,
    /** The call blocked for a fixed time, then proceeded. */
    HANG,
    /** The call blocked until {@link FaultyStore#release()}, then proceeded. */
    HANG_UNTIL_RELEASED,
    /** The store crashed on this call: it and every later call throw {@link StoreCrashedException} until {@link FaultyStore#restart()}. */
    CRASH_STOP,
    /** A call refused because the store had crashed earlier. */
    REFUSED_WHILE_CRASHED,
    /** {@code storeLogs} applied the first k entries of the batch, then threw {@link InjectedIOException}. */
    PARTIAL_BATCH
}
