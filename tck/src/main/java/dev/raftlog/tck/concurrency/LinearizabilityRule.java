package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * LS-CONC-06: decides whether a history is linearizable against {@link SequentialLogModel},
 * segment by segment ({@link HistorySegments}), and on a violation finds the shortest prefix
 * of the failing segment that already cannot be explained.
 *
 * <p>Why that prefix is a sound witness: take the calls that started before time T; those still
 * running at T become optional (a mutation may or may not have happened yet, a read is dropped).
 * If the whole history has a linearization L, the prefix of L up to the last call that ended
 * before T contains only calls that started before T (anything placed before a call must have
 * started before that call ended), includes every call that ended before T, and is legal; so it
 * linearizes the cut-off history. Contrapositive: a cut-off history that cannot be linearized
 * proves the whole one cannot. The search for the shortest one is a binary search over T.
 */
final class LinearizabilityRule {

    /** Outcome of the check. */
    record Result(LinearizabilitySearch.Verdict verdict, Violation violation, String undecidedReason,
                  int segments, long steps) {
    }

    private static final int SHOWN_TAIL = 12;

    private LinearizabilityRule() {
    }

    static Result check(History history, LinearizabilitySearch.Budget budget) {
        List<Call> calls = history.calls();
        List<int[]> segments = HistorySegments.of(calls);
        // The anchor is the last cut whose state is the only possible one. While the model sits at
        // the anchor its state is not copied (copies cost O(entries) per segment); a copy is
        // taken only when a segment with several possible end states leaves the anchor behind.
        int anchor = 0;
        NavigableMap<Long, EntryFingerprint> anchorState = null;
        SequentialLogModel model = new SequentialLogModel();
        for (int[] seg : segments) {
            List<Call> part = calls.subList(seg[0], seg[1]);
            boolean atAnchor = anchor == seg[0];
            boolean unique = HistorySegments.hasUniqueFinalState(part);
            if (atAnchor && !unique) {
                anchorState = model.snapshot();
            }
            LinearizabilitySearch search = new LinearizabilitySearch(part, Long.MAX_VALUE, model, budget);
            LinearizabilitySearch.Verdict v = search.run();
            budget.charge(search.steps());
            NavigableMap<Long, EntryFingerprint> before = null;
            if (v == LinearizabilitySearch.Verdict.NOT_LINEARIZABLE && atAnchor) {
                before = model.snapshot(); // a failed search has undone every step
            } else if (v == LinearizabilitySearch.Verdict.NOT_LINEARIZABLE) {
                // The carried state was one of several possible: re-check from the last unique one.
                part = calls.subList(anchor, seg[1]);
                before = anchorState;
                model = new SequentialLogModel(anchorState);
                search = new LinearizabilitySearch(part, Long.MAX_VALUE, model, budget);
                v = search.run();
                budget.charge(search.steps());
            }
            if (v == LinearizabilitySearch.Verdict.UNDECIDED) {
                return new Result(v, null, "linearizability search budget exhausted after " + budget.used()
                        + " steps, in the segment of calls #" + part.get(0).id() + "..#"
                        + part.get(part.size() - 1).id(), segments.size(), budget.used());
            }
            if (v == LinearizabilitySearch.Verdict.NOT_LINEARIZABLE) {
                return new Result(v, witness(part, before, budget), null, segments.size(), budget.used());
            }
            if (atAnchor && unique) {
                anchor = seg[1];
                anchorState = null;
            }
        }
        return new Result(LinearizabilitySearch.Verdict.LINEARIZABLE, null, null, segments.size(), budget.used());
    }

    /** The shortest failing prefix of {@code part}, as a violation showing its last calls. */
    private static Violation witness(List<Call> part, NavigableMap<Long, EntryFingerprint> state,
                                     LinearizabilitySearch.Budget budget) {
        int lo = 1;
        int hi = part.size(); // known to fail
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long cutTime = part.get(mid).start();
            LinearizabilitySearch s = new LinearizabilitySearch(part.subList(0, mid), cutTime - 1,
                    new SequentialLogModel(state), budget);
            LinearizabilitySearch.Verdict v = s.run();
            budget.charge(s.steps());
            if (v == LinearizabilitySearch.Verdict.NOT_LINEARIZABLE) {
                hi = mid;
            } else {
                lo = mid + 1; // linearizable, or undecided: keep the longer, proven prefix
            }
        }
        List<Call> prefix = part.subList(0, hi);
        Call lastStarted = prefix.get(prefix.size() - 1);
        // Show the calls around the point of failure: the last few started, and every call that
        // overlaps them. Earlier calls of the prefix are summarised in the context line.
        long from = prefix.get(Math.max(0, prefix.size() - SHOWN_TAIL)).start();
        List<Call> shown = new ArrayList<>();
        for (Call c : prefix) {
            if (c.end() >= from) {
                shown.add(c);
            }
        }
        int omitted = prefix.size() - shown.size();
        String message = "No order of these calls consistent with real time explains every result: the "
                + prefix.size() + " calls from the last quiescent point up to " + lastStarted.label()
                + " (call #" + lastStarted.id() + ", thread " + lastStarted.role() + ") already have no linearization.";
        String context = "State at the start of the window's segment: " + SequentialLogModel.describe(state)
                + (omitted > 0 ? "; " + omitted + " earlier calls of the segment are not drawn" : "") + ".";
        return new Violation(ConcurrencyRule.LS_CONC_06, message, shown, context);
    }
}
