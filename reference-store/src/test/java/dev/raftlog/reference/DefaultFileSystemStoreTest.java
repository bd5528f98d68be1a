package dev.raftlog.reference;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreBehaviourTest} on the default file system. */
class DefaultFileSystemStoreTest extends StoreBehaviourTest {
    @TempDir
    Path tmp;
    private int dirs;

    @Override
    Path freshDir() {
        return tmp.resolve("store-" + dirs++);
    }
}
