package dev.raftlog.tck;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;

/** Hands out empty directories for durable stores, and cleans them up. */
public interface DirectoryProvider {

    /** A new, empty directory. */
    Path newDirectory() throws IOException;

    /** Called when the kit is done with {@code dir}; the default deletes it with its content. */
    default void release(Path dir) throws IOException {
        deleteRecursively(dir);
    }

    /** Temporary directories on the default file system, under {@code java.io.tmpdir}. */
    static DirectoryProvider temporary() {
        return () -> Files.createTempDirectory("raftlog-kit-");
    }

    /**
     * Directories on another file system, e.g. Jimfs:
     * {@code DirectoryProvider.under(() -> Jimfs.newFileSystem().getPath("/log"))}. The path
     * given may not exist yet; it is created.
     */
    static DirectoryProvider under(Supplier<Path> paths) {
        return () -> Files.createDirectories(paths.get());
    }

    /** Deletes {@code dir} and everything below it; a missing directory is fine. */
    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
