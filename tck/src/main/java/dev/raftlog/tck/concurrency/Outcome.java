package dev.raftlog.tck.concurrency;

/** How a recorded {@link Call} ended. */
public enum Outcome {
    /** Returned normally (for getLog: returned an entry). */
    OK,
    /** getLog threw {@code LogNotFoundException}, the contract's only expected exception. */
    NOT_FOUND,
    /** Threw something the contract does not allow here; the call may or may not have taken effect. */
    FAILED,
    /** Never returned (the watchdog gave up on it); it may or may not have taken effect. */
    PENDING
}
