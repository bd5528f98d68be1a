package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LS-CONC-05, no call deadlocks or throws outside the contract. The workload only passes valid
 * arguments, so the one exception a store may throw is getLog's {@code LogNotFoundException};
 * anything else is a violation (one per exception type, with how often it happened). A call the
 * watchdog gave up on is a hang, reported with the stack of every stuck thread.
 */
final class LivenessRule {

    private LivenessRule() {
    }

    static List<Violation> check(HistoryIndex h, String stuckThreadDump) {
        List<Violation> found = new ArrayList<>();
        Map<String, List<Call>> byType = new LinkedHashMap<>();
        List<Call> pending = new ArrayList<>();
        for (Call c : h.history.calls()) {
            if (c.outcome() == Outcome.FAILED) {
                String f = c.failure() == null ? "unknown" : c.failure();
                byType.computeIfAbsent(f.contains(":") ? f.substring(0, f.indexOf(':')) : f, k -> new ArrayList<>()).add(c);
            } else if (c.outcome() == Outcome.PENDING) {
                pending.add(c);
            }
        }
        if (!pending.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (Call c : pending) {
                names.append(names.length() == 0 ? "" : ", ").append(c.label()).append(" on ").append(c.role());
            }
            found.add(new Violation(ConcurrencyRule.LS_CONC_05,
                    pending.size() + " call(s) never returned within the call timeout (deadlock or hang): " + names + ".",
                    withNeighbours(h, pending), stuckThreadDump == null ? "" : "Stuck threads:\n" + stuckThreadDump));
        }
        for (Map.Entry<String, List<Call>> e : byType.entrySet()) {
            Call c = e.getValue().get(0);
            found.add(new Violation(ConcurrencyRule.LS_CONC_05,
                    c.label() + " (call #" + c.id() + ") threw " + c.failure() + " ("
                            + e.getValue().size() + " call(s) threw " + e.getKey() + "); the contract allows only "
                            + "LogNotFoundException from getLog here.",
                    withNeighbours(h, List.of(c)), ""));
        }
        return found;
    }

    /** The calls plus every call overlapping them, capped so a timeline stays readable. */
    private static List<Call> withNeighbours(HistoryIndex h, List<Call> calls) {
        List<Call> out = new ArrayList<>();
        for (Call other : h.history.calls()) {
            for (Call c : calls) {
                if (other == c || (other.overlaps(c.start(), c.end()) && out.size() < 8)) {
                    out.add(other);
                    break;
                }
            }
        }
        return out;
    }
}
