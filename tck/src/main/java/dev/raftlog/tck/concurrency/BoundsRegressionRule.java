package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * LS-CONC-04, bounds never move backwards except by a delete. Within a stretch of time with no
 * delete running, the store only gains entries, so for two observations a then b (b starting
 * after a ended): lastIndex never decreases; firstIndex never becomes 0 once non-zero; and
 * firstIndex decreases from F1 to F2 only if a storeLogs writing index F2 overlaps the time
 * from a's start to b's end.
 */
final class BoundsRegressionRule {

    private BoundsRegressionRule() {
    }

    static List<Violation> check(HistoryIndex h) {
        List<Violation> found = new ArrayList<>();
        Tracker last = new Tracker();
        Tracker first = new Tracker();
        int currentGap = -1;
        for (Call b : h.history.calls()) {
            int gap = h.deleteGap[b.id()];
            boolean bound = b.kind() == OpKind.FIRST_INDEX || b.kind() == OpKind.LAST_INDEX;
            if (gap < 0 || !bound || b.outcome() != Outcome.OK) {
                continue;
            }
            if (gap != currentGap) {
                last = new Tracker();
                first = new Tracker();
                currentGap = gap;
            }
            if (found.size() >= HistoryIndex.MAX_PER_RULE) {
                break;
            }
            if (b.kind() == OpKind.LAST_INDEX) {
                Call a = last.highestEndedBefore(b.start());
                if (a != null && b.value() < a.value()) {
                    found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_04, "lastIndex went back from "
                            + a.value() + " (call #" + a.id() + ") to " + b.value() + " (call #" + b.id()
                            + ") with no delete running.", a, b));
                }
                last.add(b);
            } else {
                Call a = first.highestEndedBefore(b.start());
                if (a != null && b.value() < a.value() && (b.value() == 0 || !rewritten(h, b.value(), a, b))) {
                    found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_04, "firstIndex went back from "
                            + a.value() + " (call #" + a.id() + ") to " + b.value() + " (call #" + b.id()
                            + ") with no delete running" + (b.value() == 0 ? "" : " and nothing writing index " + b.value())
                            + ".", a, b));
                }
                first.add(b);
            }
        }
        return found;
    }

    private static boolean rewritten(HistoryIndex h, long index, Call a, Call b) {
        for (Call s : h.storesOf(index)) {
            if (s.overlaps(a.start(), b.end())) {
                return true;
            }
        }
        return false;
    }

    /** Observations of one bound in one gap: the highest value among those already ended. */
    private static final class Tracker {
        private final PriorityQueue<Call> running = new PriorityQueue<>(Comparator.comparingLong(Call::end));
        private Call highest;

        void add(Call c) {
            running.add(c);
        }

        Call highestEndedBefore(long time) {
            while (!running.isEmpty() && running.peek().end() < time) {
                Call c = running.poll();
                if (highest == null || c.value() > highest.value()) {
                    highest = c;
                }
            }
            return highest;
        }
    }
}
