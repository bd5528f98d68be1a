package dev.raftlog.reference;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link RecoveryTest} on the default file system. */
class DefaultFileSystemRecoveryTest extends RecoveryTest {
    @TempDir
    Path tmp;
    private int dirs;

    @Override
    Path freshDir() {
        return tmp.resolve("store-" + dirs++);
    }
}
