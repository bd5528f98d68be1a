package dev.raftlog.reference;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link PreallocatedRecoveryTest} on the default file system. */
class DefaultFileSystemPreallocatedRecoveryTest extends PreallocatedRecoveryTest {
    @TempDir
    Path tmp;
    private int dirs;

    @Override
    Path freshDir() {
        return tmp.resolve("store-" + dirs++);
    }
}
