package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.zoo.Probe.*;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.time.Instant;
import java.util.List;

/** Probes of the specimens that break a profile's rules or what survives a reopen. */
final class ProfileAndRestartProbes {

    private static final Instant TIME = Instant.parse("2024-05-06T07:08:09.000000001Z");

    private ProfileAndRestartProbes() {
    }

    static List<Probe> all() {
        return List.of(
                shows("MonotonicFlagNotPassedThrough", "isMonotonic()", s -> String.valueOf(s.open().isMonotonic()),
                        "true", "false"),
                rightOn("MonotonicFlagNotPassedThrough", "a gap", s -> {
                    LogStore store = holding(s, 1, 3);
                    return attempt(() -> {
                        store.storeLogs(run(5, 6));
                        return null;
                    }) + " " + bounds(store);
                }, "IllegalArgumentException 1..3"),
                shows("GeneralClaimsMonotonic", "isMonotonic()", s -> String.valueOf(s.open().isMonotonic()),
                        "false", "true"),
                shows("MonotonicAcceptsGap", "1..3, then 5..6", s -> {
                    LogStore store = holding(s, 1, 3);
                    return attempt(() -> {
                        store.storeLogs(run(5, 6));
                        return null;
                    }) + " " + bounds(store);
                }, "IllegalArgumentException 1..3", "ok 1..6"),
                shows("MonotonicAcceptsOverwrite", "1..5, then 3..4 of term 2", s -> {
                    LogStore store = holding(s, 1, 5);
                    return attempt(() -> {
                        store.storeLogs(List.of(Log.of(3, 2), Log.of(4, 2)));
                        return null;
                    }) + " " + read(store, 3);
                }, "IllegalArgumentException entry 3 term 1", "ok entry 3 term 2"),
                rightOn("MonotonicAcceptsOverwrite", "a gap", s -> {
                    LogStore store = holding(s, 1, 5);
                    return attempt(() -> {
                        store.storeLogs(run(7, 8));
                        return null;
                    }) + " " + bounds(store);
                }, "IllegalArgumentException 1..5"),
                shows("MonotonicAcceptsMiddleDelete", "1..10 + deleteRange(4, 6)", s -> {
                    LogStore store = holding(s, 1, 10);
                    return attempt(() -> {
                        store.deleteRange(4, 6);
                        return null;
                    }) + " " + read(store, 5);
                }, "IllegalArgumentException entry 5 term 1", "ok not-found"),
                // restart
                showsAfterReopen("ReopenLosesLastBatch", "1..3, 4..5, close, reopen", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 3));
                    store.storeLogs(run(4, 5));
                    store.close();
                    LogStore reopened = s.open();
                    return bounds(reopened) + " " + read(reopened, 5);
                }, "1..5 entry 5 term 1", "1..3 not-found"),
                rightOnAfterReopen("ReopenLosesLastBatch", "a delete as the last call before close", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 10));
                    store.deleteRange(8, 10);
                    store.close();
                    return bounds(s.open());
                }, "1..7"),
                showsAfterReopen("AppendedAtNotOnDisk", "a time read before and after reopen", s -> {
                    LogStore store = s.open();
                    store.storeLog(entry(1).withAppendedAt(TIME));
                    String before = String.valueOf(store.getLog(1).appendedAt());
                    store.close();
                    return before + " " + s.open().getLog(1).appendedAt();
                }, TIME + " " + TIME, TIME + " null"),
                showsAfterReopen("SuffixDeleteResurrected", "1..10, deleteRange(6, 10), reopen", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 10));
                    store.deleteRange(6, 10);
                    store.close();
                    LogStore reopened = s.open();
                    return bounds(reopened) + " " + read(reopened, 8);
                }, "1..5 not-found", "1..10 entry 8 term 1"),
                rightOnAfterReopen("SuffixDeleteResurrected", "prefix and full deletes", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 10));
                    store.deleteRange(1, 3);
                    store.close();
                    LogStore reopened = s.open();
                    String prefix = bounds(reopened);
                    reopened.deleteRange(4, 10);
                    reopened.close();
                    return prefix + " " + bounds(s.open());
                }, "4..10 0..0"),
                showsAfterReopen("PrefixDeleteForgotten", "1..10, deleteRange(1, 3), reopen", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 10));
                    store.deleteRange(1, 3);
                    store.close();
                    LogStore reopened = s.open();
                    return bounds(reopened) + " " + read(reopened, 2);
                }, "4..10 not-found", "1..10 entry 2 term 1"),
                showsAfterReopen("ReopenForgetsAppendPosition", "1..5, reopen, append 6", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(1, 5));
                    store.close();
                    LogStore reopened = s.open();
                    String appended = attempt(() -> {
                        reopened.storeLog(entry(6));
                        return null;
                    });
                    return appended + " " + read(reopened, 5) + " " + bounds(reopened);
                }, "ok entry 5 term 1 1..6", "IOException entry 5 term 1 1..5"),
                showsAfterReopen("EmptyTailReadsAsEntry", "open, close, reopen a never-written store", s -> {
                    LogStore store = s.open();
                    String fresh = bounds(store);
                    store.close();
                    LogStore reopened = s.open();
                    return fresh + " " + bounds(reopened) + " " + read(reopened, 1);
                }, "0..0 0..0 not-found", "0..0 1..1 not-found"),
                rightOnAfterReopen("EmptyTailReadsAsEntry", "content after reopen", s -> {
                    LogStore store = s.open();
                    store.storeLogs(run(3, 5));
                    store.close();
                    LogStore reopened = s.open();
                    return bounds(reopened) + " " + read(reopened, 4);
                }, "3..5 entry 4 term 1"));
    }
}
