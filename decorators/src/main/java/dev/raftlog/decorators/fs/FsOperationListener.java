package dev.raftlog.decorators.fs;

/**
 * Called after each mutating operation took effect, on the thread that performed it, while the
 * file system's state lock is held: the state seen by {@link FaultyFileSystem#crashImage()}
 * from inside the callback is exactly the state right after this operation.
 */
@FunctionalInterface
public interface FsOperationListener {

    /** The operation that just completed. May call {@link FaultyFileSystem#crash} or {@link FaultyFileSystem#crashImage()}. */
    void afterOperation(FsOperation operation);
}
