package dev.raftlog.decorators;

/**
 * The six calls of {@link dev.raftlog.api.LogStore} that decorators act on, each separately:
 * latency and error rules are configured per operation, and every recorded call and fault event
 * names its operation. {@code isMonotonic()} and {@code close()} are not operations: wrappers
 * pass them straight through.
 */
public enum Operation {
    /** {@code firstIndex()}. */
    FIRST_INDEX("firstIndex"),
    /** {@code lastIndex()}. */
    LAST_INDEX("lastIndex"),
    /** {@code getLog(long)}. */
    GET_LOG("getLog"),
    /** {@code storeLog(Log)}. */
    STORE_LOG("storeLog"),
    /** {@code storeLogs(List)}. */
    STORE_LOGS("storeLogs"),
    /** {@code deleteRange(long, long)}. */
    DELETE_RANGE("deleteRange");

    private final String methodName;

    Operation(String methodName) {
        this.methodName = methodName;
    }

    /** The Java method name of this operation on {@code LogStore}, e.g. {@code "storeLogs"}. */
    public String methodName() {
        return methodName;
    }
}
