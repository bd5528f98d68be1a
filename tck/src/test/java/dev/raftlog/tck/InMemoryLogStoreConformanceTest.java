package dev.raftlog.tck;

import dev.raftlog.api.InMemoryLogStore;

/** The kit on the bundled in-memory store: every rule that applies passes. */
class InMemoryLogStoreConformanceTest extends LogStoreKit {
    @Override
    protected StoreFactory storeFactory() {
        return StoreFactory.fresh(InMemoryLogStore::new).describedAs("InMemoryLogStore");
    }
}
