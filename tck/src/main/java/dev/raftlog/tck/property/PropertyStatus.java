package dev.raftlog.tck.property;

/** How a property run ended. */
public enum PropertyStatus {
    /** Every try passed (or a replayed case no longer fails). */
    PASSED,
    /** A try failed; the outcome holds the shrunk counterexample. */
    FAILED,
    /** Almost every try was discarded by filters or limits, so the property proved nothing. */
    GAVE_UP
}
