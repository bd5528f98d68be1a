package dev.raftlog.reference;

import java.io.IOException;

/**
 * The store refuses writes because an earlier write or fsync failed. After a failed fsync Linux
 * marks the dirty pages clean, so retrying would report success for data that may be gone
 * (Rebello et al., ATC'20); the only honest way on is to close the store and reopen it, which
 * re-reads what is really on disk. Reads keep working. {@link #getCause()} is the first failure.
 */
public class WritesDisabledException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Writes are refused because of {@code firstFailure}. */
    public WritesDisabledException(Throwable firstFailure) {
        super("log store refuses writes after an earlier write/fsync failure; close and reopen it ("
                + firstFailure + ")", firstFailure);
    }
}
