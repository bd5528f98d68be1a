package dev.raftlog.tck.concurrency;

/** The LogStore operations a recorded {@link Call} can be. {@code storeLog} is recorded as a one-entry batch. */
public enum OpKind {
    /** {@code firstIndex()}. */
    FIRST_INDEX,
    /** {@code lastIndex()}. */
    LAST_INDEX,
    /** {@code getLog(index)}. */
    GET_LOG,
    /** {@code storeLogs(batch)}. */
    STORE_LOGS,
    /** {@code deleteRange(min, max)}. */
    DELETE_RANGE;

    /** Whether the operation can change the store's contents. */
    public boolean mutates() {
        return this == STORE_LOGS || this == DELETE_RANGE;
    }
}
