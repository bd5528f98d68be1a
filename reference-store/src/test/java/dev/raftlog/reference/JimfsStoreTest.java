package dev.raftlog.reference;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/** {@link StoreBehaviourTest} on Jimfs (no mmap, fake locks, no-op force, no directory channels). */
class JimfsStoreTest extends StoreBehaviourTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private int dirs;

    @Override
    Path freshDir() {
        return fs.getPath("/logs/store-" + dirs++);
    }

    @AfterEach
    void closeFileSystem() throws IOException {
        closeAll(); // before the file system: closing a store that wrote writes its end mark
        fs.close();
    }
}
