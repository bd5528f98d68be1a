package dev.raftlog.reference;

import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.StoreFactory;

/** The whole kit, general profile, reopenable, on the default file system (real fsyncs). */
class FileLogStoreConformanceTest extends LogStoreKit {
    @Override
    protected StoreFactory storeFactory() {
        return StoreFactory.durable(FileLogStore::open).describedAs("FileLogStore (default file system)");
    }
}
