package dev.raftlog.tck.model;

import dev.raftlog.api.LogStore;
import dev.raftlog.tck.StoreFactory;
import java.io.IOException;
import java.nio.file.Path;

/** The store under test in a random sequence, with what is needed to reopen it. */
public final class ModelSystem implements AutoCloseable {
    private final StoreFactory factory;
    private final Path directory;
    private LogStore store;

    ModelSystem(StoreFactory factory) throws IOException {
        this.factory = factory;
        StoreFactory.OpenedStore opened = factory.openNew();
        this.store = opened.store();
        this.directory = opened.directory();
    }

    public LogStore store() {
        return store;
    }

    void reopen() throws IOException {
        store.close();
        store = null;
        store = factory.reopen(directory);
    }

    @Override
    public void close() throws IOException {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            factory.release(directory);
        }
    }
}
