package dev.raftlog.reference;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes the creation, rename or deletion of a file in a directory durable by fsyncing the
 * directory: without it a crash can forget a new segment or resurrect a deleted one.
 */
final class DirectorySync {

    private DirectorySync() {
    }

    static void force(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (FileSystemException e) {
            // Jimfs refuses to open a directory as a channel ("not a regular file"); it has no
            // durability to give anyway (its force() is a no-op). Only that exact case is skipped:
            // any other provider's failure, or any failing force, is a real error.
            if (!isJimfsDirectoryRefusal(dir, e)) {
                throw e;
            }
        }
    }

    private static boolean isJimfsDirectoryRefusal(Path dir, FileSystemException e) {
        return "jimfs".equals(dir.getFileSystem().provider().getScheme())
                && e.getClass() == FileSystemException.class
                && e.getReason() != null && e.getReason().contains("not a regular file");
    }
}
