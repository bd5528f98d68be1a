package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Wing &amp; Gong's search for a linearization, with Lowe's memoisation (the form Porcupine uses):
 * events in a doubly linked list, ops are lifted out when linearized and put back on
 * backtracking, and a (linearized set, model state) pair already explored is never explored
 * again. The set is hashed Zobrist-style (XOR of a random 64-bit word per op) and the state by
 * the model's two incremental hashes, so a memo lookup is O(1).
 *
 * <p>Some ops are <em>optional</em>: a mutation that threw or never returned may or may not have
 * taken effect, so it may be linearized anywhere after its start or not at all. Reads that are
 * optional carry no information and are left out.
 *
 * <p>Reads are never backtracked over. If a read R can be placed now (no call still to place
 * returned before R started, and R's result is what the current state gives), then any way to
 * finish from here without R first can be rearranged to place R first: R changes nothing and
 * nothing has to precede it in real time. So "R placed now" succeeds whenever "R later" does;
 * once the first has failed the second need not be tried. This removes the readers' branching,
 * which is most of the search in read-heavy raft histories, and keeps the search exact.
 *
 * <p>One instance searches once. On success the model is left in the state after the
 * linearization found.
 */
final class LinearizabilitySearch {

    /** What the search decided. */
    enum Verdict { LINEARIZABLE, NOT_LINEARIZABLE, UNDECIDED }

    private final Call[] ops;
    private final boolean[] optional;
    private final SequentialLogModel model;
    private final Budget budget;
    private final int mandatoryCount;
    // events 1..n; 0 is the list head. For event e: op index and whether it is the return.
    private final int[] evOp;
    private final boolean[] evReturn;
    private final int[] next;
    private final int[] prev;
    private final int[] returnOf; // call event -> its return event
    private final long[] zobrist;
    private long steps;

    /**
     * @param calls          the calls to place
     * @param optionalAfter  calls that end after this time are optional (pass Long.MAX_VALUE for none)
     * @param model          state before the first call; moved to the final state on success
     */
    LinearizabilitySearch(List<Call> calls, long optionalAfter, SequentialLogModel model, Budget budget) {
        List<Call> kept = new ArrayList<>(calls.size());
        List<Boolean> opt = new ArrayList<>(calls.size());
        int mandatory = 0;
        for (Call c : calls) {
            boolean isOptional = c.outcome() == Outcome.FAILED || c.outcome() == Outcome.PENDING || c.end() > optionalAfter;
            if (isOptional && !c.kind().mutates()) {
                continue;
            }
            kept.add(c);
            opt.add(isOptional);
            if (!isOptional) {
                mandatory++;
            }
        }
        int n = kept.size();
        this.ops = kept.toArray(new Call[0]);
        this.optional = new boolean[n];
        for (int i = 0; i < n; i++) {
            optional[i] = opt.get(i);
        }
        this.model = model;
        this.budget = budget;
        this.mandatoryCount = mandatory;
        this.zobrist = new long[n];
        SplittableRandom random = new SplittableRandom(0x5EEDL);
        for (int i = 0; i < n; i++) {
            zobrist[i] = random.nextLong();
        }
        // Sort the 2n events by time; at equal times calls come first, so touching calls count
        // as concurrent (the permissive reading: clocks are not precise enough to order them).
        Integer[] order = new Integer[2 * n];
        for (int i = 0; i < n; i++) {
            order[2 * i] = 2 * i;
            order[2 * i + 1] = 2 * i + 1;
        }
        Arrays.sort(order, (a, b) -> {
            long ta = time(a);
            long tb = time(b);
            if (ta != tb) {
                return Long.compare(ta, tb);
            }
            int ra = a & 1;
            int rb = b & 1;
            return ra != rb ? Integer.compare(ra, rb) : Integer.compare(a, b);
        });
        this.evOp = new int[2 * n + 1];
        this.evReturn = new boolean[2 * n + 1];
        this.next = new int[2 * n + 2];
        this.prev = new int[2 * n + 2];
        this.returnOf = new int[2 * n + 1];
        int[] callEventOf = new int[n];
        for (int pos = 0; pos < 2 * n; pos++) {
            int e = pos + 1;
            int code = order[pos];
            evOp[e] = code >> 1;
            evReturn[e] = (code & 1) == 1;
            if (!evReturn[e]) {
                callEventOf[evOp[e]] = e;
            }
        }
        for (int e = 1; e <= 2 * n; e++) {
            if (evReturn[e]) {
                returnOf[callEventOf[evOp[e]]] = e;
            }
        }
        int end = 2 * n + 1; // tail sentinel
        for (int e = 0; e <= 2 * n; e++) {
            next[e] = e + 1;
            prev[e + 1] = e;
        }
        next[end] = end;
    }

    private long time(int code) {
        Call c = ops[code >> 1];
        if ((code & 1) == 0) {
            return c.start();
        }
        return optional[code >> 1] ? Long.MAX_VALUE : c.end();
    }

    /** Steps taken (ops tried), for reports and benchmarks. */
    long steps() {
        return steps;
    }

    /** Searches for one linearization; on success the model is left in its final state. */
    Verdict run() {
        return search(0);
    }

    /**
     * Searches exhaustively for every distinct state a linearization can end in (the model is
     * left as it was). Only for calls that all returned normally: a call that may or may not
     * have happened would need both cases enumerated.
     *
     * @return LINEARIZABLE with {@link #finalStates()} filled, NOT_LINEARIZABLE if there is no
     *         linearization, UNDECIDED if the budget ran out or more than {@code cap} states exist
     */
    Verdict collect(int cap) {
        for (boolean o : optional) {
            if (o) {
                throw new IllegalStateException("final states are only enumerated for calls that all returned");
            }
        }
        finals = new ArrayList<>();
        finalKeys = new HashSet<>();
        return search(cap);
    }

    /** The distinct final states found by {@link #collect}. */
    List<NavigableMap<Long, EntryFingerprint>> finalStates() {
        return finals;
    }

    private List<NavigableMap<Long, EntryFingerprint>> finals;
    private Set<MemoKey> finalKeys;

    /** Records the model's state as a final one; false when that makes more than {@code cap}. */
    private boolean recordFinal(int cap) {
        if (finalKeys.add(new MemoKey(0, model.hashA(), model.hashB()))) {
            finals.add(model.snapshot());
        }
        return finals.size() <= cap;
    }

    private Verdict search(int cap) {
        boolean collecting = finals != null;
        int tail = evOp.length;
        if (mandatoryCount == 0) {
            if (collecting) {
                recordFinal(cap);
            }
            return Verdict.LINEARIZABLE;
        }
        if (budget.exhausted(0)) {
            return Verdict.UNDECIDED;
        }
        Set<MemoKey> seen = new HashSet<>();
        int[] stackEvent = new int[ops.length];
        Object[] stackUndo = new Object[ops.length];
        int depth = 0;
        int remaining = mandatoryCount;
        long setHash = 0;
        int entry = next[0];
        while (true) {
            boolean backtrack = false;
            if (entry == tail) {
                // Only optional calls were left untried: everything mandatory is placed.
                return Verdict.LINEARIZABLE;
            }
            if ((++steps & 0xFFF) == 0 && budget.exhausted(steps)) {
                return Verdict.UNDECIDED;
            }
            int op = evOp[entry];
            if (!evReturn[entry]) {
                Object undo = model.step(ops[op]);
                if (undo != null) {
                    long newSet = setHash ^ zobrist[op];
                    if (seen.add(new MemoKey(newSet, model.hashA(), model.hashB()))) {
                        stackEvent[depth] = entry;
                        stackUndo[depth] = undo;
                        depth++;
                        setHash = newSet;
                        lift(entry);
                        if (!optional[op] && --remaining == 0) {
                            if (!collecting) {
                                return Verdict.LINEARIZABLE;
                            }
                            if (!recordFinal(cap)) {
                                return Verdict.UNDECIDED;
                            }
                            backtrack = true; // look for other orders, and other final states
                        } else {
                            entry = next[0];
                            continue;
                        }
                    } else {
                        model.undo(undo);
                    }
                }
                if (!backtrack) {
                    entry = next[entry];
                    continue;
                }
            } else if (optional[op]) {
                return Verdict.LINEARIZABLE;
            }
            // Backtrack. A read that was placed as soon as it could be never needs to be
            // tried later instead: see the class comment. So undo reads without trying
            // alternatives and stop at the first mutation.
            int callEntry;
            int undoneOp;
            do {
                if (depth == 0) {
                    if (collecting) {
                        return finals.isEmpty() ? Verdict.NOT_LINEARIZABLE : Verdict.LINEARIZABLE;
                    }
                    return Verdict.NOT_LINEARIZABLE;
                }
                depth--;
                callEntry = stackEvent[depth];
                undoneOp = evOp[callEntry];
                model.undo(stackUndo[depth]);
                stackUndo[depth] = null;
                setHash ^= zobrist[undoneOp];
                if (!optional[undoneOp]) {
                    remaining++;
                }
                unlift(callEntry);
            } while (!ops[undoneOp].kind().mutates());
            entry = next[callEntry];
        }
    }

    private void lift(int callEntry) {
        unlink(callEntry);
        unlink(returnOf[callEntry]);
    }

    private void unlift(int callEntry) {
        relink(returnOf[callEntry]);
        relink(callEntry);
    }

    private void unlink(int e) {
        next[prev[e]] = next[e];
        prev[next[e]] = prev[e];
    }

    private void relink(int e) {
        next[prev[e]] = e;
        prev[next[e]] = e;
    }

    private record MemoKey(long set, long stateA, long stateB) {
    }

    /** Limits on one check: a wall-clock deadline and a step count. */
    static final class Budget {
        private final long deadlineNanos;
        private final long maxSteps;
        private long used;

        Budget(long deadlineNanos, long maxSteps) {
            this.deadlineNanos = deadlineNanos;
            this.maxSteps = maxSteps;
        }

        boolean exhausted(long stepsOfThisSearch) {
            return System.nanoTime() - deadlineNanos > 0 || used + stepsOfThisSearch > maxSteps;
        }

        void charge(long steps) {
            used += steps;
        }

        /**
         * A budget for a sub-task that may use at most {@code nanos} of this one's remaining
         * time; charge its {@link #used()} steps back to this one when done.
         */
        Budget slice(long nanos) {
            return slice(nanos, Long.MAX_VALUE);
        }

        /** As {@link #slice(long)}, and at most {@code steps} steps. */
        Budget slice(long nanos, long steps) {
            long now = System.nanoTime();
            long deadline = now + nanos - deadlineNanos < 0 ? now + nanos : deadlineNanos;
            return new Budget(deadline, Math.min(steps, Math.max(0, maxSteps - used)));
        }

        long used() {
            return used;
        }
    }
}
