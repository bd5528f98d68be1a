package dev.raftlog.reports.stores;

/** Not a LogStore: the CLI must refuse it with a usage error. */
public final class NotAStore {
}
