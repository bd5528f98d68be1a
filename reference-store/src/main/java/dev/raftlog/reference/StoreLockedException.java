package dev.raftlog.reference;

import java.io.IOException;
import java.nio.file.Path;

/** Another {@link FileLogStore} (in this process or another) already has the directory open. */
public class StoreLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code dir} is already open, as {@code detail} explains. */
    public StoreLockedException(Path dir, String detail) {
        super("log directory " + dir + " is already open: " + detail);
    }
}
