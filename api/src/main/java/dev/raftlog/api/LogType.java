package dev.raftlog.api;

/**
 * The kind of a log entry, with hashicorp/raft's numeric codes (0..5), so that a store may
 * persist the code and read it back unchanged.
 */
public enum LogType {
    /** Applied to the user's state machine. Code 0. */
    COMMAND,
    /** Asserts leadership. Code 1. */
    NOOP,
    /** Adds a peer; only for old protocol versions. Code 2. */
    ADD_PEER_DEPRECATED,
    /** Removes a peer; only for old protocol versions. Code 3. */
    REMOVE_PEER_DEPRECATED,
    /** Waits until every preceding entry has been applied. Code 4. */
    BARRIER,
    /** A membership configuration. Code 5. */
    CONFIGURATION;

    private static final LogType[] BY_CODE = values();

    /** The numeric code hashicorp/raft uses for this type (0..5). */
    public int code() {
        return ordinal();
    }

    /**
     * The type with the given hashicorp/raft code.
     *
     * @throws IllegalArgumentException if {@code code} is not one of 0..5
     */
    public static LogType fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException(
                    "unknown LogType code " + code + " (known codes are 0.." + (BY_CODE.length - 1) + ")");
        }
        return BY_CODE[code];
    }
}
