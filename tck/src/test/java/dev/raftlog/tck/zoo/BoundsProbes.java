package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.zoo.Probe.*;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.util.List;

/** Probes of the specimens that get bounds wrong: empty store, appends, deletes, general profile, model. */
final class BoundsProbes {

    private BoundsProbes() {
    }

    static List<Probe> all() {
        return List.of(
                shows("EmptyBoundsThrow", "bounds of a brand-new store",
                        s -> attempt(() -> bounds(s.open())), "0..0", "IllegalStateException"),
                rightOn("EmptyBoundsThrow", "bounds after a write and a full delete", s -> {
                    LogStore store = holding(s, 1, 3);
                    store.deleteRange(1, 3);
                    return bounds(store);
                }, "0..0"),
                shows("EmptyStoreReadFails", "getLog(1) on a brand-new store",
                        s -> read(s.open(), 1), "not-found", "IllegalStateException"),
                rightOn("EmptyStoreReadFails", "getLog(0) when new, missing indexes once written", s -> {
                    LogStore store = s.open();
                    String zero = read(store, 0);
                    store.storeLogs(run(1, 3));
                    store.deleteRange(1, 3);
                    return zero + " " + read(store, 2) + " " + read(store, 9);
                }, "not-found not-found not-found"),
                shows("FirstAppendAssumesOne", "a first batch 5..10",
                        s -> bounds(holding(s, 5, 10)), "5..10", "1..10"),
                rightOn("FirstAppendAssumesOne", "a first batch after everything was deleted", s -> {
                    LogStore store = holding(s, 1, 3);
                    store.deleteRange(1, 3);
                    store.storeLogs(run(50, 52));
                    return bounds(store);
                }, "50..52"),
                shows("FirstFromNewestSegment", "1..5 then 6..8", s -> {
                    LogStore store = holding(s, 1, 5);
                    store.storeLogs(run(6, 8));
                    return bounds(store) + " " + read(store, 2);
                }, "1..8 entry 2 term 1", "6..8 entry 2 term 1"),
                shows("StoreLogDropsExtensions", "storeLog of an entry with extensions", s -> {
                    LogStore store = s.open();
                    store.storeLog(entry(1).withExtensions(new byte[] {7}));
                    return java.util.Arrays.toString(store.getLog(1).extensions());
                }, "[7]", "[]"),
                shows("EmptyBatchRejected", "storeLogs(List.of())", s -> {
                    LogStore store = s.open();
                    return attempt(() -> {
                        store.storeLogs(List.of());
                        return null;
                    }) + " " + bounds(store);
                }, "ok 0..0", "IllegalArgumentException 0..0"),
                // deletes
                shows("FirstIndexStuckAfterPrefixDelete", "1..10 + deleteRange(1, 3)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(1, 3);
                    return bounds(store) + " " + read(store, 2);
                }, "4..10 not-found", "1..10 not-found"),
                shows("LastIndexStuckAfterSuffixDelete", "1..10 + deleteRange(6, 10)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(6, 10);
                    return bounds(store);
                }, "1..5", "1..10"),
                rightOn("LastIndexStuckAfterSuffixDelete", "delete suffix, then append", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(6, 10);
                    store.storeLogs(List.of(Log.of(6, 2), Log.of(7, 2)));
                    return bounds(store) + " " + read(store, 7);
                }, "1..7 entry 7 term 2"),
                shows("DeleteAllKeepsBounds", "1..10 + deleteRange(1, 10)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(1, 10);
                    return bounds(store) + " " + read(store, 5);
                }, "0..0 not-found", "1..10 not-found"),
                rightOn("DeleteAllKeepsBounds", "1..10 + deleteRange(0, 100), then a batch at 50", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(0, 100);
                    String afterDelete = bounds(store);
                    store.storeLogs(run(50, 51));
                    return afterDelete + " " + bounds(store);
                }, "0..0 50..51"),
                shows("MonotonicRemembersOldTail", "delete everything, then append at 50", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(1, 10);
                    String appended = attempt(() -> {
                        store.storeLogs(run(50, 52));
                        return null;
                    });
                    return appended + " " + bounds(store);
                }, "ok 50..52", "IllegalArgumentException 0..0"),
                shows("ExclusiveUpperBound", "1..10 + deleteRange(4, 6)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(4, 6);
                    return read(store, 3) + ", " + read(store, 4) + ", " + read(store, 6) + ", " + read(store, 7);
                }, "entry 3 term 1, not-found, not-found, entry 7 term 1",
                        "entry 3 term 1, not-found, entry 6 term 1, entry 7 term 1"),
                rightOn("ExclusiveUpperBound", "prefix and suffix deletes", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(1, 3);
                    store.deleteRange(8, 10);
                    return bounds(store) + " " + read(store, 3) + " " + read(store, 8);
                }, "4..7 not-found not-found"),
                shows("InmemMinAboveMax", "5..10 + deleteRange(3, 1) + deleteRange(12, 11)", s -> {
                    LogStore store = holding(s, 5, 10);
                    store.deleteRange(3, 1);
                    store.deleteRange(12, 11);
                    return bounds(store);
                }, "5..10", "2..11"),
                shows("InmemDeleteRangeArithmetic", "1..10 + deleteRange(0, 100); 5..10 + deleteRange(1, 2)", s -> {
                    LogStore a = holding(s, 1, 10);
                    a.deleteRange(0, 100);
                    LogStore b = holding(s, 5, 10);
                    b.deleteRange(1, 2);
                    return bounds(a) + " " + bounds(b);
                }, "0..0 5..10", "101..-1 3..10"),
                rightOn("InmemDeleteRangeArithmetic", "empty store, min > max, prefix, suffix, everything", s -> {
                    LogStore empty = s.open();
                    empty.deleteRange(0, 5);
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(3, 1);
                    store.deleteRange(1, 2);
                    store.deleteRange(9, 10);
                    String middle = bounds(store);
                    store.deleteRange(3, 8);
                    return bounds(empty) + " " + middle + " " + bounds(store);
                }, "0..0 3..8 0..0"),
                shows("InmemEmptyDelete", "empty + deleteRange(0, 5)", s -> {
                    LogStore store = s.open();
                    store.deleteRange(0, 5);
                    return bounds(store);
                }, "0..0", "6..-1"),
                rightOn("InmemEmptyDelete", "clamped deletes on a non-empty store", s -> {
                    LogStore store = holding(s, 5, 10);
                    store.deleteRange(1, 2);
                    store.deleteRange(3, 1);
                    return bounds(store);
                }, "5..10"),
                shows("MonotonicTruncateKeepsWriterPosition", "1..10, deleteRange(6, 10), append 6..8", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(6, 10);
                    String appended = attempt(() -> {
                        store.storeLogs(run(6, 8));
                        return null;
                    });
                    return appended + " " + bounds(store);
                }, "ok 1..8", "IllegalArgumentException 1..5"),
                // general profile
                shows("DenseArrayFillsGaps", "1..3 then 10..11, getLog(5)", s -> {
                    LogStore store = holding(s, 1, 3);
                    store.storeLogs(run(10, 11));
                    return bounds(store) + " " + read(store, 5);
                }, "1..11 not-found", "1..11 entry 5 term 0"),
                shows("InmemOutOfOrderBounds", "5..10 then 3; batch [3, 1, 2]", s -> {
                    LogStore a = holding(s, 5, 10);
                    a.storeLog(entry(3));
                    LogStore b = s.open();
                    b.storeLogs(List.of(entry(3), entry(1), entry(2)));
                    return bounds(a) + " " + bounds(b);
                }, "3..10 1..3", "5..10 3..3"),
                shows("OverwriteIgnored", "1..3 then a term-7 entry at 2", s -> {
                    LogStore store = holding(s, 1, 3);
                    store.storeLog(Log.of(2, 7));
                    return read(store, 2);
                }, "entry 2 term 7", "entry 2 term 1"),
                shows("MiddleDeleteMovesLast", "1..10 + deleteRange(4, 6)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(4, 6);
                    return bounds(store) + " " + read(store, 8);
                }, "1..10 entry 8 term 1", "1..3 entry 8 term 1"),
                // only the model
                shows("HoleBlindSuffixDelete", "1..10, deleteRange(4, 6), deleteRange(7, 10)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(4, 6);
                    store.deleteRange(7, 10);
                    return bounds(store);
                }, "1..3", "1..6"),
                rightOn("HoleBlindSuffixDelete", "each single-rule example", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(4, 6);
                    String middle = bounds(store);
                    LogStore gaps = holding(s, 1, 3);
                    gaps.storeLogs(run(10, 11));
                    gaps.deleteRange(10, 11);
                    LogStore suffix = holding(s, 1, 10);
                    suffix.deleteRange(6, 10);
                    suffix.deleteRange(20, 30);
                    return middle + " " + bounds(gaps) + " " + bounds(suffix);
                }, "1..10 1..3 1..5"));
    }
}
