package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * LS-CONC-06: decides whether a history is linearizable against {@link SequentialLogModel},
 * segment by segment ({@link HistorySegments}) carrying the exact set of possible states across
 * cuts, and on a violation finds the shortest prefix of the failing segment that already cannot
 * be explained from any of the states it may start in.
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
    private static final long WITNESS_NANOS = 3_000_000_000L;
    /** Most possible states carried across a cut before the walk stops tracking them exactly. */
    private static final int MAX_STATES = 16;
    private static final long ENUMERATION_NANOS = 1_000_000_000L;
    private static final long ENUMERATION_STEPS_PER_CALL = 50;

    private LinearizabilityRule() {
    }

    static Result check(History history, LinearizabilitySearch.Budget budget) {
        return new Run(history, budget).check();
    }

    /**
     * The walk over the segments. Between cuts it knows the <em>exact set</em> of states the
     * history can be in: while that set has one element, it lives in {@code model} and is never
     * copied (copies cost O(entries) per segment); after a segment whose end state depends on
     * the order of overlapping writes, it is the list {@code states}, found by enumerating that
     * segment's linearizations. If the set grows past {@link #MAX_STATES}, or a segment holds a
     * write that may or may not have happened, the walk carries on with one state only
     * ("inexact") and, on a failure, re-checks from the last exact set before blaming anyone.
     */
    private static final class Run {
        private final List<Call> calls;
        private final List<int[]> segments;
        private final LinearizabilitySearch.Budget budget;
        private SequentialLogModel model = new SequentialLogModel();
        private List<NavigableMap<Long, EntryFingerprint>> states; // null: the single state is in model
        private int anchor = -1; // >= 0 once inexact: first call after the last exact cut
        private List<NavigableMap<Long, EntryFingerprint>> anchorStates;

        Run(History history, LinearizabilitySearch.Budget budget) {
            this.calls = history.calls();
            this.segments = HistorySegments.of(calls);
            this.budget = budget;
        }

        Result check() {
            for (int[] seg : segments) {
                List<Call> part = calls.subList(seg[0], seg[1]);
                Result failed = anchor >= 0 ? inexactStep(seg, part) : exactStep(seg, part);
                if (failed != null) {
                    return failed;
                }
            }
            return new Result(LinearizabilitySearch.Verdict.LINEARIZABLE, null, null, segments.size(), budget.used());
        }

        /** One segment from the exact set of states; null when it passes. */
        private Result exactStep(int[] seg, List<Call> part) {
            boolean unique = HistorySegments.hasUniqueFinalState(part);
            if (states == null && unique) {
                LinearizabilitySearch.Verdict v = search(part, model);
                if (v == LinearizabilitySearch.Verdict.NOT_LINEARIZABLE) {
                    return failure(part, List.of(model.snapshot())); // a failed search undid every step
                }
                return v == LinearizabilitySearch.Verdict.UNDECIDED ? undecided(part) : null;
            }
            List<NavigableMap<Long, EntryFingerprint>> starts = states != null ? states : List.of(model.snapshot());
            if (!unique && !allReturned(part)) {
                return goInexact(seg, part, starts);
            }
            List<NavigableMap<Long, EntryFingerprint>> finals = new ArrayList<>();
            java.util.Set<Long> keys = new java.util.HashSet<>();
            for (NavigableMap<Long, EntryFingerprint> start : starts) {
                SequentialLogModel m = new SequentialLogModel(start);
                // Enumerating end states is a convenience, not a necessity: give it a bounded
                // share, and fall back to carrying one state when it does not fit.
                LinearizabilitySearch.Budget share = unique ? budget
                        : budget.slice(ENUMERATION_NANOS, ENUMERATION_STEPS_PER_CALL * part.size() + 10_000);
                LinearizabilitySearch search = new LinearizabilitySearch(part, Long.MAX_VALUE, m, share);
                LinearizabilitySearch.Verdict v = unique ? search.run() : search.collect(MAX_STATES);
                budget.charge(search.steps());
                if (v == LinearizabilitySearch.Verdict.UNDECIDED) {
                    return budget.exhausted(0) ? undecided(part) : goInexact(seg, part, starts);
                }
                if (v == LinearizabilitySearch.Verdict.LINEARIZABLE) {
                    for (NavigableMap<Long, EntryFingerprint> f : unique ? List.of(m.snapshot()) : search.finalStates()) {
                        if (keys.add(new SequentialLogModel(f).hashA())) {
                            finals.add(f);
                        }
                    }
                }
            }
            if (finals.isEmpty()) {
                return failure(part, starts);
            }
            if (finals.size() > MAX_STATES) {
                return goInexact(seg, part, starts);
            }
            if (finals.size() == 1) {
                model = new SequentialLogModel(finals.get(0));
                states = null;
            } else {
                states = finals;
            }
            return null;
        }

        /** Leaves exact mode: remembers the exact set before {@code seg}, carries one state on. */
        private Result goInexact(int[] seg, List<Call> part, List<NavigableMap<Long, EntryFingerprint>> starts) {
            anchor = seg[0];
            anchorStates = starts;
            states = null;
            for (NavigableMap<Long, EntryFingerprint> start : starts) {
                model = new SequentialLogModel(start);
                LinearizabilitySearch.Verdict v = search(part, model);
                if (v == LinearizabilitySearch.Verdict.LINEARIZABLE) {
                    return null;
                }
                if (v == LinearizabilitySearch.Verdict.UNDECIDED) {
                    return undecided(part);
                }
            }
            return failure(part, starts); // no start state works: exact, since starts is the exact set
        }

        /** One segment from a state that was one of several; failures are re-checked from the anchor. */
        private Result inexactStep(int[] seg, List<Call> part) {
            LinearizabilitySearch.Verdict v = search(part, model);
            if (v == LinearizabilitySearch.Verdict.LINEARIZABLE) {
                return null;
            }
            if (v == LinearizabilitySearch.Verdict.UNDECIDED) {
                return undecided(part);
            }
            List<Call> whole = calls.subList(anchor, seg[1]);
            for (NavigableMap<Long, EntryFingerprint> start : anchorStates) {
                model = new SequentialLogModel(start);
                v = search(whole, model);
                if (v == LinearizabilitySearch.Verdict.LINEARIZABLE) {
                    return null;
                }
                if (v == LinearizabilitySearch.Verdict.UNDECIDED) {
                    return undecided(whole);
                }
            }
            return failure(whole, anchorStates);
        }

        private LinearizabilitySearch.Verdict search(List<Call> part, SequentialLogModel m) {
            LinearizabilitySearch search = new LinearizabilitySearch(part, Long.MAX_VALUE, m, budget);
            LinearizabilitySearch.Verdict v = search.run();
            budget.charge(search.steps());
            return v;
        }

        private Result failure(List<Call> part, List<NavigableMap<Long, EntryFingerprint>> starts) {
            return new Result(LinearizabilitySearch.Verdict.NOT_LINEARIZABLE, witness(part, starts, budget), null,
                    segments.size(), budget.used());
        }

        private Result undecided(List<Call> part) {
            return new Result(LinearizabilitySearch.Verdict.UNDECIDED, null, "linearizability search budget exhausted after "
                    + budget.used() + " steps, in the segment of calls #" + part.get(0).id() + "..#"
                    + part.get(part.size() - 1).id(), segments.size(), budget.used());
        }

        private static boolean allReturned(List<Call> part) {
            for (Call c : part) {
                if (c.kind().mutates() && c.outcome() != Outcome.OK) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The shortest failing prefix of {@code part}, as a violation showing its last calls. */
    private static Violation witness(List<Call> part, List<NavigableMap<Long, EntryFingerprint>> states,
                                     LinearizabilitySearch.Budget total) {
        // The verdict is already known; shortening the window is worth a bounded share of the
        // budget. When the share runs out, the shortest prefix proven so far is shown.
        LinearizabilitySearch.Budget budget = total.slice(WITNESS_NANOS);
        try {
            return shortestFailingPrefix(part, states, budget);
        } finally {
            total.charge(budget.used());
        }
    }

    private static Violation shortestFailingPrefix(List<Call> part, List<NavigableMap<Long, EntryFingerprint>> states,
                                                   LinearizabilitySearch.Budget budget) {
        int lo = 1;
        int hi = part.size(); // known to fail
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long cutTime = part.get(mid).start();
            // The prefix fails only if it fails from every state the segment may start in.
            LinearizabilitySearch.Verdict v = LinearizabilitySearch.Verdict.NOT_LINEARIZABLE;
            for (NavigableMap<Long, EntryFingerprint> state : states) {
                LinearizabilitySearch s = new LinearizabilitySearch(part.subList(0, mid), cutTime - 1,
                        new SequentialLogModel(state), budget);
                LinearizabilitySearch.Verdict one = s.run();
                budget.charge(s.steps());
                if (one != LinearizabilitySearch.Verdict.NOT_LINEARIZABLE) {
                    v = one;
                    break;
                }
            }
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
        String context = (states.size() == 1 ? "State at the start of the window's segment: "
                + SequentialLogModel.describe(states.get(0))
                : "The window's segment may start in any of " + states.size() + " states (overlapping writes before it), "
                + "and fails from each; one of them: " + SequentialLogModel.describe(states.get(0)))
                + (omitted > 0 ? "; " + omitted + " earlier calls of the segment are not drawn" : "") + ".";
        return new Violation(ConcurrencyRule.LS_CONC_06, message, shown, context);
    }
}
