package dev.raftlog.reference;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.raftlog.tck.DirectoryProvider;
import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;

/** The whole kit, general profile, reopenable, on Jimfs: a store on any Path, not only the default file system. */
class FileLogStoreJimfsConformanceTest extends LogStoreKit {
    @Override
    protected StoreFactory storeFactory() {
        return StoreFactory.durable(FileLogStore::open)
                .withDirectories(new DirectoryProvider() {
                    @Override
                    public Path newDirectory() throws IOException {
                        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
                        return java.nio.file.Files.createDirectories(fs.getPath("/raft/log"));
                    }

                    @Override
                    public void release(Path dir) throws IOException {
                        dir.getFileSystem().close();
                    }
                })
                .describedAs("FileLogStore (Jimfs)");
    }
}
