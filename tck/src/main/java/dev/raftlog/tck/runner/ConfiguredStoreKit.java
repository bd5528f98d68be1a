package dev.raftlog.tck.runner;

import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.StoreFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kit class the runner launches: its store comes from the launcher's configuration (see
 * {@link KitRunner}). Run on its own, outside the runner, it disables itself with a reason.
 */
@ExtendWith(RunnerTarget.class)
public class ConfiguredStoreKit extends LogStoreKit {
    StoreFactory factory;

    @Override
    protected StoreFactory storeFactory() {
        return factory;
    }
}
