package dev.raftlog.tck.rules;

import dev.raftlog.tck.session.KitSession;

/**
 * What every group of rules needs: the session of the running test. {@link dev.raftlog.tck.LogStoreKit}
 * implements every group; a store author may also implement a single group to run just that.
 */
public interface KitRules {
    /** The running test's session: the store, its transcript and the expectations. */
    KitSession kit();
}
