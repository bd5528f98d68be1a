package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LS-CONC-03, firstIndex() &lt;= lastIndex(). Two calls can never be observed at one instant,
 * but between two deletes the store only gains entries: an entry seen as first (or last) is
 * still there at any other moment of that stretch. So a firstIndex F and a lastIndex L, both
 * non-zero and both lying in one delete-free stretch of time, must satisfy F &lt;= L whatever
 * their order.
 */
final class BoundsOrderRule {

    private BoundsOrderRule() {
    }

    static List<Violation> check(HistoryIndex h) {
        Map<Integer, Call> maxFirst = new HashMap<>();
        Map<Integer, Call> minLast = new HashMap<>();
        for (Call c : h.history.calls()) {
            int gap = h.deleteGap[c.id()];
            if (gap < 0 || c.outcome() != Outcome.OK || c.value() == 0) {
                continue;
            }
            if (c.kind() == OpKind.FIRST_INDEX) {
                maxFirst.merge(gap, c, (a, b) -> b.value() > a.value() ? b : a);
            } else if (c.kind() == OpKind.LAST_INDEX) {
                minLast.merge(gap, c, (a, b) -> b.value() < a.value() ? b : a);
            }
        }
        List<Violation> found = new ArrayList<>();
        maxFirst.keySet().stream().sorted().forEach(gap -> {
            Call f = maxFirst.get(gap);
            Call l = minLast.get(gap);
            if (l != null && f.value() > l.value() && found.size() < HistoryIndex.MAX_PER_RULE) {
                found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_03,
                        f.label() + " (call #" + f.id() + ") and " + l.label() + " (call #" + l.id()
                                + ") were observed with no delete running in between, so first > last in one state.",
                        f, l));
            }
        });
        return found;
    }
}
