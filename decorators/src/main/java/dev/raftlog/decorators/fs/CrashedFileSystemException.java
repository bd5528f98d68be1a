package dev.raftlog.decorators.fs;

import java.nio.file.ClosedFileSystemException;

/**
 * Thrown by every operation on a {@link FaultyFileSystem} (and its paths and channels) after it
 * was crashed: a store that keeps using handles from before a simulated power loss is a bug the
 * suite must see, not a silent success.
 */
public final class CrashedFileSystemException extends ClosedFileSystemException {

    private static final long serialVersionUID = 1L;
    private final String message;

    CrashedFileSystemException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
