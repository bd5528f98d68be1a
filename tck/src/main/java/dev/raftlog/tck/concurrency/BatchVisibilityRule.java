package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.TreeSet;

/**
 * LS-CONC-01, a reader never sees part of a batch. Evidence: an observation proves a batch B
 * was applied (a getLog returned one of B's entries, or firstIndex/lastIndex returned an index
 * that only B wrote), and a later observation, starting after the first ended, shows one of B's
 * indexes without B's entry (getLog not-found or another entry; lastIndex below B's highest
 * index; firstIndex above its lowest, or 0) while no other mutation touching that index
 * overlaps the time from B's start to that observation's end. In a store that applies batches
 * atomically, B was then complete at the first observation and nothing could have removed the
 * entry before the second.
 *
 * <p>A single observation is evidence too: a lastIndex strictly inside B's range (or a
 * firstIndex past B's start) at an index only B wrote, while nothing else touched B's highest
 * (lowest) index. Data nobody wrote is left to LS-CONC-02.
 */
final class BatchVisibilityRule {

    private BatchVisibilityRule() {
    }

    static List<Violation> check(HistoryIndex h) {
        List<Violation> found = new ArrayList<>();
        Set<Call> reported = new HashSet<>(); // one report per batch: repeats add nothing
        Map<Call, Call> firstSeen = presentWitnesses(h, found, reported);
        for (Call r : h.history.calls()) {
            if (found.size() >= HistoryIndex.MAX_PER_RULE) {
                break;
            }
            if (r.kind() == OpKind.GET_LOG && (r.outcome() == Outcome.NOT_FOUND || r.outcome() == Outcome.OK)) {
                for (Call b : h.storesOf(r.index())) {
                    if (reported.contains(b)) {
                        continue;
                    }
                    EntryFingerprint expected = entryAt(b, r.index());
                    if (expected.equals(r.entry()) || (r.entry() != null && !h.everWritten(r.entry()))) {
                        continue; // B's own entry, or garbage (LS-CONC-02's business)
                    }
                    Violation v = torn(h, firstSeen, b, r, r.index(),
                            r.label() + " although the batch holds " + expected);
                    if (v != null) {
                        found.add(v);
                        reported.add(b);
                        break;
                    }
                }
            }
        }
        if (found.size() < HistoryIndex.MAX_PER_RULE) {
            boundsEvidence(h, firstSeen, found, reported);
        }
        return found;
    }

    private static Violation torn(HistoryIndex h, Map<Call, Call> firstSeen, Call b, Call r, long index, String what) {
        Call seen = firstSeen.get(b);
        if (b.outcome() != Outcome.OK || seen == null || seen.end() >= r.start()) {
            return null;
        }
        if (h.stableUntil(index, b) <= r.end()) {
            return null;
        }
        return HistoryIndex.violation(ConcurrencyRule.LS_CONC_01,
                b.label() + " (call #" + b.id() + ") was already visible to " + seen.label() + " (call #" + seen.id()
                        + "), yet the later call #" + r.id() + " saw " + what
                        + "; nothing else wrote or deleted index " + index + " meanwhile, so only part of the batch was visible.",
                b, seen, r);
    }

    /**
     * Bounds as absence evidence, by one sweep over time: a batch becomes <em>active</em> once
     * it has been seen, and stops being so when something else may change its lowest (or
     * highest) index; a lastIndex below an active batch's highest index, or a firstIndex above
     * an active batch's lowest one, is a torn view. At equal times, deactivations go first and
     * activations last, so "seen before" and "stable until" stay strict.
     */
    private static void boundsEvidence(HistoryIndex h, Map<Call, Call> firstSeen, List<Violation> found,
                                       Set<Call> reported) {
        // events: {time, order, kind, call id}; kind 0 deactivate-max, 1 deactivate-min, 2 query, 3 activate
        List<long[]> events = new ArrayList<>();
        Map<Call, long[]> stable = new HashMap<>();
        for (Map.Entry<Call, Call> e : firstSeen.entrySet()) {
            Call b = e.getKey();
            if (b.outcome() != Outcome.OK || reported.contains(b)) {
                continue;
            }
            long[] until = {h.stableUntil(b.batchMin(), b), h.stableUntil(b.batchMax(), b)};
            stable.put(b, until);
            events.add(new long[] {e.getValue().end(), 3, b.id()});
            events.add(new long[] {until[1], 0, b.id()});
            events.add(new long[] {until[0], 1, b.id()});
        }
        if (stable.isEmpty()) {
            return;
        }
        for (Call r : h.history.calls()) {
            if (r.outcome() == Outcome.OK && (r.kind() == OpKind.LAST_INDEX || r.kind() == OpKind.FIRST_INDEX)) {
                events.add(new long[] {r.start(), 2, r.id()});
            }
        }
        events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        Comparator<Call> byMax = Comparator.comparingLong(Call::batchMax).thenComparingInt(Call::id);
        Comparator<Call> byMin = Comparator.comparingLong(Call::batchMin).thenComparingInt(Call::id);
        TreeSet<Call> activeByMax = new TreeSet<>(byMax);
        TreeSet<Call> activeByMin = new TreeSet<>(byMin);
        List<Call> calls = h.history.calls();
        for (long[] ev : events) {
            Call c = calls.get((int) ev[2]);
            switch ((int) ev[1]) {
                case 0 -> activeByMax.remove(c);
                case 1 -> activeByMin.remove(c);
                case 3 -> {
                    if (stable.get(c)[1] > ev[0]) {
                        activeByMax.add(c);
                    }
                    if (stable.get(c)[0] > ev[0]) {
                        activeByMin.add(c);
                    }
                }
                default -> {
                    Violation v = null;
                    if (c.kind() == OpKind.LAST_INDEX) {
                        for (Call b : activeByMax.tailSet(probe(c.value() + 1), true)) {
                            if (b.batchMax() > c.value() && c.end() < stable.get(b)[1]) {
                                v = torn(h, firstSeen, b, c, b.batchMax(), c.label() + " although the batch ends at " + b.batchMax());
                                break;
                            }
                        }
                    } else {
                        for (Call b : activeByMin) {
                            if (c.value() != 0 && b.batchMin() >= c.value()) {
                                break;
                            }
                            if (c.end() < stable.get(b)[0]) {
                                v = torn(h, firstSeen, b, c, b.batchMin(), c.label() + " although the batch starts at " + b.batchMin());
                                break;
                            }
                        }
                    }
                    if (v != null && reported.add(v.window().stream().filter(w -> w.kind() == OpKind.STORE_LOGS)
                            .findFirst().orElseThrow())) {
                        found.add(v);
                        if (found.size() >= HistoryIndex.MAX_PER_RULE) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /** A stand-in call whose batch spans exactly {@code index}, to position a TreeSet search. */
    private static Call probe(long index) {
        return new Call(-1, 0, "probe", OpKind.STORE_LOGS, 0, 0, List.of(new EntryFingerprint(index, 0, 0)),
                Outcome.OK, 0, null, null, 0, 0);
    }

    private static EntryFingerprint entryAt(Call b, long index) {
        for (EntryFingerprint e : b.batch()) {
            if (e.index() == index) {
                return e;
            }
        }
        throw new IllegalStateException("batch has no index " + index);
    }

    /** For each batch, the observation that ended first among those proving it applied. */
    private static Map<Call, Call> presentWitnesses(HistoryIndex h, List<Violation> found, Set<Call> reported) {
        Map<Call, Call> seen = new HashMap<>();
        for (Call r : h.history.calls()) {
            if (r.outcome() != Outcome.OK) {
                continue;
            }
            Call batch = null;
            if (r.kind() == OpKind.GET_LOG) {
                // Only a read that can come from one write proves that write applied; a read of
                // data written later (garbage) is LS-CONC-02's business.
                batch = h.onlyWriterBefore(r.entry(), r.end());
            } else if ((r.kind() == OpKind.LAST_INDEX || r.kind() == OpKind.FIRST_INDEX) && r.value() > 0) {
                batch = onlyStoreOfIndexBefore(h, r.value(), r.end());
                if (batch != null && !reported.contains(batch) && found.size() < HistoryIndex.MAX_PER_RULE) {
                    Violation v = boundInsideBatch(h, batch, r);
                    if (v != null) {
                        found.add(v);
                        reported.add(batch);
                    }
                }
            }
            if (batch != null) {
                seen.merge(batch, r, (a, b) -> a.end() <= b.end() ? a : b);
            }
        }
        return seen;
    }

    /**
     * One observation alone: lastIndex L strictly inside batch B's range (or firstIndex F past
     * its start) where only B ever wrote that index. L present means B was applied; atomically
     * applied, B's highest index is there too unless something else touched it since B began.
     */
    private static Violation boundInsideBatch(HistoryIndex h, Call b, Call r) {
        if (b.outcome() != Outcome.OK) {
            return null;
        }
        boolean lastInside = r.kind() == OpKind.LAST_INDEX && r.value() >= b.batchMin() && r.value() < b.batchMax()
                && h.stableUntil(b.batchMax(), b) > r.end();
        boolean firstInside = r.kind() == OpKind.FIRST_INDEX && r.value() > b.batchMin() && r.value() <= b.batchMax()
                && h.stableUntil(b.batchMin(), b) > r.end();
        if (!lastInside && !firstInside) {
            return null;
        }
        return HistoryIndex.violation(ConcurrencyRule.LS_CONC_01, r.label() + " (call #" + r.id() + ") lies inside "
                + b.label() + " (call #" + b.id() + "), the only write of index " + r.value()
                + ", and nothing else touched index " + (lastInside ? b.batchMax() : b.batchMin())
                + " meanwhile: the reader saw part of the batch.", b, r);
    }

    private static Call onlyStoreOfIndexBefore(HistoryIndex h, long index, long time) {
        Call only = null;
        for (Call s : h.storesOf(index)) {
            if (s.start() <= time) {
                if (only != null) {
                    return null;
                }
                only = s;
            }
        }
        return only;
    }
}
