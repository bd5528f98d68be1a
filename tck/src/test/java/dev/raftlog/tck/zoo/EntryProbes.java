package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.zoo.Probe.*;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.api.LogType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Probes of the specimens that get entries wrong: batches, reads, round trips, aliasing, arguments. */
final class EntryProbes {

    private static final int OVERSIZE = SortedMapStore.EIGHT_MIB + 1;
    private static final Instant NANOS = Instant.parse("2024-01-02T03:04:05.123456789Z");

    private EntryProbes() {
    }

    static List<Probe> all() {
        return List.of(
                // batches: a correct store either stores the whole batch or nothing of it
                showsAny("HalfAppliedBatch", "batch [1, 2, 8 MiB + 1 byte]", s -> {
                    LogStore store = s.open();
                    return attempt(() -> {
                        store.storeLogs(List.of(entry(1), entry(2), sized(3, OVERSIZE)));
                        return null;
                    }) + " " + bounds(store);
                }, List.of("ok 1..3", "IllegalArgumentException 0..0"), "IllegalArgumentException 1..2"),
                rightOn("HalfAppliedBatch", "a null element", s -> {
                    LogStore store = s.open();
                    return attempt(() -> {
                        store.storeLogs(Arrays.asList(entry(1), null, entry(3)));
                        return null;
                    }) + " " + bounds(store);
                }, "NullPointerException 0..0"),
                showsAny("CacheBeforeStore", "batch [1, 2, 8 MiB + 1 byte], then getLog(1)", s -> {
                    LogStore store = s.open();
                    return attempt(() -> {
                        store.storeLogs(List.of(entry(1), entry(2), sized(3, OVERSIZE)));
                        return null;
                    }) + " " + read(store, 1) + " " + bounds(store);
                }, List.of("ok entry 1 term 1 1..3", "IllegalArgumentException not-found 0..0"),
                        "IllegalArgumentException entry 1 term 1 0..0"),
                showsAny("WriterAdvancedAfterRejectedBatch", "1..2, batch [3, 4, 8 MiB + 1 byte], append at last + 1",
                        s -> {
                            LogStore store = holding(s, 1, 2);
                            String rejected = attempt(() -> {
                                store.storeLogs(List.of(entry(3), entry(4), sized(5, OVERSIZE)));
                                return null;
                            });
                            String next = attempt(() -> {
                                store.storeLog(entry(store.lastIndex() + 1));
                                return null;
                            });
                            return rejected + " " + next + " " + bounds(store);
                        }, List.of("ok ok 1..6", "IllegalArgumentException ok 1..3"),
                        "IllegalArgumentException IllegalArgumentException 1..2"),
                // reads
                shows("NotFoundAsNull", "1..3, getLog(5)", s -> read(holding(s, 1, 3), 5), "not-found", "null"),
                rightOn("NotFoundAsNull", "empty store, index 0, a deleted index", s -> {
                    LogStore store = s.open();
                    String empty = read(store, 5);
                    store.storeLogs(run(1, 10));
                    store.deleteRange(8, 10);
                    return empty + " " + read(store, 0) + " " + read(store, 9);
                }, "not-found not-found not-found"),
                shows("NotFoundWrongException", "1..3, getLog(5)", s -> read(holding(s, 1, 3), 5),
                        "not-found", "IOException"),
                shows("TruncatedTailStillReadable", "1..10 + deleteRange(6, 10), getLog(8)", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(6, 10);
                    return bounds(store) + " " + read(store, 8);
                }, "1..5 not-found", "1..5 entry 8 term 1"),
                rightOn("TruncatedTailStillReadable", "a prefix delete", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(1, 3);
                    return bounds(store) + " " + read(store, 2);
                }, "4..10 not-found"),
                shows("ZeroIndexIllegal", "1..3, getLog(0)", s -> read(holding(s, 1, 3), 0),
                        "not-found", "IllegalArgumentException"),
                rightOn("ZeroIndexIllegal", "getLog(0) on an empty store", s -> read(s.open(), 0), "not-found"),
                // round trip
                shows("TypeCodeSwapped", "types BARRIER and CONFIGURATION", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(Log.of(1, 1, LogType.BARRIER, null), Log.of(2, 1, LogType.CONFIGURATION, null),
                            Log.of(3, 1, LogType.NOOP, null)));
                    return store.getLog(1).type() + " " + store.getLog(2).type() + " " + store.getLog(3).type();
                }, "BARRIER CONFIGURATION NOOP", "CONFIGURATION BARRIER NOOP"),
                shows("ExtensionsDroppedWithoutData", "extensions without data; with data", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(new Log(1, 1, LogType.COMMAND, null, new byte[] {9}, null),
                            new Log(2, 1, LogType.COMMAND, new byte[] {1}, new byte[] {8}, null)));
                    return Arrays.toString(store.getLog(1).extensions()) + " " + Arrays.toString(store.getLog(2).extensions());
                }, "[9] [8]", "[] [8]"),
                shows("AppendedAtMillis", "appendedAt with nanoseconds", s -> {
                    LogStore store = s.open();
                    store.storeLog(entry(1).withAppendedAt(NANOS));
                    return String.valueOf(store.getLog(1).appendedAt());
                }, "2024-01-02T03:04:05.123456789Z", "2024-01-02T03:04:05.123Z"),
                shows("AppendedAtInvented", "an absent appendedAt", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(entry(1), entry(2).withAppendedAt(NANOS)));
                    return store.getLog(1).appendedAt() + " " + store.getLog(2).appendedAt();
                }, "null 2024-01-02T03:04:05.123456789Z", "1970-01-01T00:00:00Z 2024-01-02T03:04:05.123456789Z"),
                shows("LargeEntryTruncated", "1 MiB of data", s -> {
                    LogStore store = s.open();
                    store.storeLog(sized(1, 1 << 20));
                    return String.valueOf(store.getLog(1).data().length);
                }, "1048576", "65536"),
                shows("TermAsInt", "terms 2^32 - 1 and Long.MAX_VALUE", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(Log.of(1, 0xFFFF_FFFFL), Log.of(Long.MAX_VALUE, Long.MAX_VALUE)));
                    return read(store, 1) + ", " + store.getLog(Long.MAX_VALUE).term();
                }, "entry 1 term 4294967295, 9223372036854775807", "entry 1 term 4294967295, 4294967295"),
                shows("IndexOverflowNearMax", "MAX-2..MAX + deleteRange(MAX, MAX)", s -> {
                    LogStore store = holding(s, Long.MAX_VALUE - 2, Long.MAX_VALUE);
                    String deleted = attempt(() -> {
                        store.deleteRange(Long.MAX_VALUE, Long.MAX_VALUE);
                        return null;
                    });
                    return deleted + " " + (Long.MAX_VALUE - store.lastIndex());
                }, "ok 1", "IllegalArgumentException 0"),
                rightOn("IndexOverflowNearMax", "deleteRange(0, MAX) on 1..10, and ranges above the log", s -> {
                    LogStore store = holding(s, 1, 10);
                    store.deleteRange(20, 30);
                    String above = bounds(store);
                    store.deleteRange(0, Long.MAX_VALUE);
                    return above + " " + bounds(store);
                }, "1..10 0..0"),
                shows("EpochNanosTime", "2024 and 2263", s -> {
                    LogStore store = s.open();
                    Instant late = Instant.parse("2263-01-01T00:00:00Z");
                    store.storeLogs(List.of(entry(1).withAppendedAt(NANOS), entry(2).withAppendedAt(late)));
                    return NANOS.equals(store.getLog(1).appendedAt()) + " " + late.equals(store.getLog(2).appendedAt());
                }, "true true", "true false"),
                shows("GoZeroTimeSentinel", "0001-01-01T00:00:00Z and an absent time", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(entry(1).withAppendedAt(GoZeroTimeSentinel.GO_ZERO_TIME), entry(2)));
                    return store.getLog(1).appendedAt() + " " + store.getLog(2).appendedAt();
                }, "0001-01-01T00:00:00Z null", "null null"),
                shows("StaleExtensionsFromPreviousRead", "read an entry with extensions, then one without", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(entry(1).withExtensions(new byte[] {5}), entry(2)));
                    store.getLog(1);
                    return Arrays.toString(store.getLog(2).extensions());
                }, "[]", "[5]"),
                // aliasing
                shows("KeepsCallerArrays", "the caller changes its array after storeLog", s -> {
                    LogStore store = s.open();
                    byte[] data = {1, 2, 3};
                    store.storeLog(Log.command(1, 1, data));
                    data[0] = 9;
                    return Arrays.toString(store.getLog(1).data());
                }, "[1, 2, 3]", "[9, 2, 3]"),
                shows("ReturnsStoredArrays", "the caller changes an array getLog returned", s -> {
                    LogStore store = s.open();
                    store.storeLog(Log.command(1, 1, new byte[] {1, 2, 3}));
                    store.getLog(1).data()[0] = 9;
                    return Arrays.toString(store.getLog(1).data());
                }, "[1, 2, 3]", "[9, 2, 3]"),
                shows("PooledReadBuffer", "read 1, read 2 of the same length, look at 1 again", s -> {
                    LogStore store = s.open();
                    store.storeLogs(List.of(Log.command(1, 1, new byte[] {1, 1}), Log.command(2, 1, new byte[] {2, 2})));
                    Log first = store.getLog(1);
                    store.getLog(2);
                    return Arrays.toString(first.data());
                }, "[1, 1]", "[2, 2]"),
                // arguments
                shows("NegativeIndexClamped", "getLog(-1), deleteRange(-5, 2) on 1..3", s -> {
                    LogStore store = holding(s, 1, 3);
                    String deleted = attempt(() -> {
                        store.deleteRange(-5, 2);
                        return null;
                    });
                    return read(store, -1) + " " + deleted + " " + bounds(store);
                }, "IllegalArgumentException IllegalArgumentException 1..3", "not-found ok 3..3"),
                shows("NullElementSkipped", "batch [1, null, 3]", s -> {
                    LogStore store = s.open();
                    return attempt(() -> {
                        store.storeLogs(Arrays.asList(entry(1), null, entry(3)));
                        return null;
                    }) + " " + bounds(store);
                }, "NullPointerException 0..0", "ok 1..3"),
                shows("SilentRejections", "messages of getLog(-1), deleteRange(-1, 0), a null element", s -> {
                    LogStore store = s.open();
                    return messageOf(() -> store.getLog(-1)) + " " + messageOf(() -> {
                        store.deleteRange(-1, 0);
                        return null;
                    }) + " " + messageOf(() -> {
                        store.storeLogs(Arrays.asList(entry(1), null));
                        return null;
                    });
                }, "message message message", "blank blank blank"));
    }
}
