package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Look-up tables over one history that the rule checks share: which calls wrote an index, which
 * calls wrote an entry (the workload makes every payload unique, but histories recorded elsewhere
 * may write one entry twice), the deletes by start time, and which calls fall between two
 * deletes.
 */
final class HistoryIndex {

    /** Rules report at most this many violations each; the first ones are the useful ones. */
    static final int MAX_PER_RULE = 3;

    final History history;
    final Map<Long, List<Call>> storesByIndex = new HashMap<>();
    final Map<EntryFingerprint, List<Call>> writersOf = new HashMap<>();
    final List<Call> stores = new ArrayList<>();
    final List<Call> deletes = new ArrayList<>();
    private final List<Call> pendingDeletes = new ArrayList<>();
    private long longestDelete;
    /** For each call id: the number of the delete-free gap it lies in, or -1 if a delete overlaps it. */
    final int[] deleteGap;

    HistoryIndex(History history) {
        this.history = history;
        for (Call c : history.calls()) {
            if (c.kind() == OpKind.STORE_LOGS) {
                stores.add(c);
                for (EntryFingerprint e : c.batch()) {
                    storesByIndex.computeIfAbsent(e.index(), k -> new ArrayList<>()).add(c);
                    writersOf.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
                }
            } else if (c.kind() == OpKind.DELETE_RANGE) {
                deletes.add(c);
                if (c.end() == Long.MAX_VALUE) {
                    pendingDeletes.add(c);
                } else {
                    longestDelete = Math.max(longestDelete, c.end() - c.start());
                }
            }
        }
        deleteGap = gaps(history.calls(), deletes);
    }

    /** Whether any storeLogs of the history wrote exactly this entry. */
    boolean everWritten(EntryFingerprint e) {
        return writersOf.containsKey(e);
    }

    /** The first storeLogs that wrote exactly this entry, or null. */
    Call firstWriterOf(EntryFingerprint e) {
        List<Call> writers = writersOf.get(e);
        return writers == null ? null : writers.get(0);
    }

    /** The storeLogs writing exactly this entry that started last, no later than {@code time}; or null. */
    Call latestWriterBefore(EntryFingerprint e, long time) {
        Call latest = null;
        for (Call w : writersOf.getOrDefault(e, List.of())) {
            if (w.start() <= time && (latest == null || w.start() > latest.start())) {
                latest = w;
            }
        }
        return latest;
    }

    /** The one storeLogs writing exactly this entry that started no later than {@code time}; null if none or several. */
    Call onlyWriterBefore(EntryFingerprint e, long time) {
        Call only = null;
        for (Call w : writersOf.getOrDefault(e, List.of())) {
            if (w.start() <= time) {
                if (only != null) {
                    return null;
                }
                only = w;
            }
        }
        return only;
    }

    List<Call> storesOf(long index) {
        return storesByIndex.getOrDefault(index, List.of());
    }

    /**
     * A mutation that returned normally, touches {@code index}, lies strictly inside
     * {@code (after, before)}, and does not write {@code kept} itself: something that certainly
     * replaced or removed {@code kept} in between.
     */
    Call mutationStrictlyBetween(long index, long after, long before, EntryFingerprint kept) {
        for (Call s : storesOf(index)) {
            if (s.outcome() == Outcome.OK && s.start() > after && s.end() < before && !s.batch().contains(kept)) {
                return s;
            }
        }
        for (int i = firstDeleteStartingAfter(after); i < deletes.size(); i++) {
            Call d = deletes.get(i);
            if (d.start() >= before) {
                break;
            }
            if (d.outcome() == Outcome.OK && d.end() < before && d.touchesIndex(index)) {
                return d;
            }
        }
        return null;
    }

    /**
     * When the entry at {@code index} may first have been changed by a mutation other than
     * {@code b} after {@code b} started: the earliest start of such a mutation (Long.MAX_VALUE
     * if none). Before that time, only {@code b} could have changed it.
     */
    long stableUntil(long index, Call b) {
        long until = Long.MAX_VALUE;
        for (Call s : storesOf(index)) {
            if (s != b && s.end() >= b.start()) {
                until = Math.min(until, s.start());
            }
        }
        // Only deletes still running at b's start or starting later can matter: those started at
        // most the longest delete's duration before b, plus any that never returned.
        for (int i = firstDeleteStartingAfter(b.start() - longestDelete - 1); i < deletes.size(); i++) {
            Call d = deletes.get(i);
            if (d.start() >= until) {
                break;
            }
            if (d != b && d.end() >= b.start() && d.touchesIndex(index)) {
                until = Math.min(until, d.start());
            }
        }
        for (Call d : pendingDeletes) {
            if (d.touchesIndex(index)) {
                until = Math.min(until, d.start());
            }
        }
        return until;
    }

    /** Position in {@link #deletes} (sorted by start) of the first delete starting after {@code time}. */
    private int firstDeleteStartingAfter(long time) {
        int lo = 0;
        int hi = deletes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (deletes.get(mid).start() <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Numbers the stretches of time between deletes (of any outcome) and places each call in one. */
    private static int[] gaps(List<Call> calls, List<Call> deletes) {
        List<long[]> busy = new ArrayList<>();
        List<Call> sorted = new ArrayList<>(deletes);
        sorted.sort(Comparator.comparingLong(Call::start));
        for (Call d : sorted) {
            if (!busy.isEmpty() && d.start() <= busy.get(busy.size() - 1)[1]) {
                busy.get(busy.size() - 1)[1] = Math.max(busy.get(busy.size() - 1)[1], d.end());
            } else {
                busy.add(new long[] {d.start(), d.end()});
            }
        }
        int[] gap = new int[calls.size()];
        for (Call c : calls) {
            // First busy interval that ends at or after the call starts.
            int lo = 0;
            int hi = busy.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (busy.get(mid)[1] < c.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            boolean clear = lo == busy.size() || busy.get(lo)[0] > c.end();
            gap[c.id()] = clear ? lo : -1;
        }
        return gap;
    }

    /** Calls of {@code window} plus a short description, as a violation of {@code rule}. */
    static Violation violation(ConcurrencyRule rule, String message, Call... window) {
        List<Call> calls = new ArrayList<>();
        for (Call c : window) {
            if (c != null && !calls.contains(c)) {
                calls.add(c);
            }
        }
        calls.sort(Comparator.comparingInt(Call::id));
        return new Violation(rule, message, calls, "");
    }
}
