package dev.raftlog.reports.allure;

import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.StoreFactory;

/**
 * A store author's conformance test, as they would write it, for a broken store. Not run by
 * surefire itself (no Test suffix): {@link OwnTestRunAllureTest} launches it the way a user's
 * build would, with the Allure listener registered through ServiceLoader.
 */
public class ExclusiveDeleteKit extends LogStoreKit {
    @Override
    protected StoreFactory storeFactory() {
        return StoreFactory.fresh(ExclusiveDeleteStore::new);
    }
}
