package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a history at <em>cut points</em> so the linearizability check can run one segment at a
 * time, carrying the model state across.
 *
 * <p>A cut point is a quiescent moment: every call that started before it has ended, and none
 * that ends after it has started yet. Every linearization of the whole history places all calls
 * before the cut ahead of all calls after it, so a linearization of each segment, chained from
 * the state the previous one ended in, is a linearization of the whole: a pass found segment by
 * segment is a real pass.
 *
 * <p>A failure is only final when every state the failing segment could start from was
 * tried. {@link #hasUniqueFinalState} gives a cheap sufficient condition for a segment to end
 * in one state per start state: all its mutations returned normally, and every two mutations
 * that overlap in time commute (two deletes; two batches that agree on every index they share;
 * a batch and a delete whose range holds none of its indexes). Any two linearizations order the
 * mutations as two linear extensions of the real-time order; one turns into the other by
 * swapping adjacent unordered (so overlapping, so commuting) mutations, hence both end in the
 * same state. When the condition does not hold, the checker enumerates the end states instead
 * ({@link LinearizabilityRule}).
 */
final class HistorySegments {

    private HistorySegments() {
    }

    /** Segments as [from, to) ranges over {@code calls} (sorted by start), covering all of them. */
    static List<int[]> of(List<Call> calls) {
        List<int[]> segments = new ArrayList<>();
        int from = 0;
        long maxEnd = Long.MIN_VALUE;
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            if (i > from && maxEnd < c.start()) {
                segments.add(new int[] {from, i});
                from = i;
            }
            maxEnd = Math.max(maxEnd, c.end());
        }
        if (from < calls.size()) {
            segments.add(new int[] {from, calls.size()});
        }
        return segments;
    }

    /** Whether every linearization of {@code segment} ends in the same state (sufficient condition). */
    static boolean hasUniqueFinalState(List<Call> segment) {
        List<Call> mutations = new ArrayList<>();
        for (Call c : segment) {
            if (c.kind().mutates()) {
                if (c.outcome() != Outcome.OK) {
                    return false;
                }
                mutations.add(c);
            }
        }
        // Mutations are few and sorted by start: compare each with the later ones it overlaps.
        for (int i = 0; i < mutations.size(); i++) {
            Call a = mutations.get(i);
            for (int j = i + 1; j < mutations.size() && mutations.get(j).start() <= a.end(); j++) {
                if (!commute(a, mutations.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean commute(Call a, Call b) {
        if (a.kind() == OpKind.DELETE_RANGE && b.kind() == OpKind.DELETE_RANGE) {
            return true;
        }
        if (a.kind() == OpKind.STORE_LOGS && b.kind() == OpKind.STORE_LOGS) {
            for (EntryFingerprint x : a.batch()) {
                for (EntryFingerprint y : b.batch()) {
                    if (x.index() == y.index() && !x.equals(y)) {
                        return false;
                    }
                }
            }
            return true;
        }
        Call store = a.kind() == OpKind.STORE_LOGS ? a : b;
        Call delete = a.kind() == OpKind.STORE_LOGS ? b : a;
        for (EntryFingerprint e : store.batch()) {
            if (delete.touchesIndex(e.index())) {
                return false;
            }
        }
        return true;
    }
}
