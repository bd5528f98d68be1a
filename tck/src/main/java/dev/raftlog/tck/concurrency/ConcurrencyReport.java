package dev.raftlog.tck.concurrency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one concurrency check found. Three verdicts: <em>failed</em> (at least one violation;
 * always conclusive), <em>passed</em> (no violation and the linearizability search finished),
 * and <em>undecided</em> (no violation found, but the search ran out of budget; not a pass).
 */
public final class ConcurrencyReport {

    private final History history;
    private final List<Violation> violations;
    private final String undecidedReason;
    private final int segments;
    private final long searchSteps;
    private final Duration runTime;
    private final Duration checkTime;

    ConcurrencyReport(History history, List<Violation> violations, String undecidedReason, int segments,
                      long searchSteps, Duration runTime, Duration checkTime) {
        this.history = history;
        this.violations = List.copyOf(violations);
        this.undecidedReason = undecidedReason;
        this.segments = segments;
        this.searchSteps = searchSteps;
        this.runTime = runTime;
        this.checkTime = checkTime;
    }

    /** Every violation found, rule-specific ones first, LS-CONC-06 last. Empty when none. */
    public List<Violation> violations() {
        return violations;
    }

    /** The violations of one rule. */
    public List<Violation> violationsOf(ConcurrencyRule rule) {
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }

    /** Whether the report is a verdict: a violation was found, or the search finished. */
    public boolean isConclusive() {
        return !violations.isEmpty() || undecidedReason == null;
    }

    /** Whether the store passed: conclusive and no violation. */
    public boolean passed() {
        return violations.isEmpty() && undecidedReason == null;
    }

    /** Why the report is not conclusive (budget exhausted), if it is not. */
    public Optional<String> undecidedReason() {
        return Optional.ofNullable(undecidedReason);
    }

    /** The recorded history that was checked. */
    public History history() {
        return history;
    }

    /** Quiescent segments the history was split into. */
    public int segments() {
        return segments;
    }

    /** Steps the linearizability search took. */
    public long searchSteps() {
        return searchSteps;
    }

    /** Time the workload ran (zero when a recorded history was checked). */
    public Duration runTime() {
        return runTime;
    }

    /** Time the checks took. */
    public Duration checkTime() {
        return checkTime;
    }

    /** One line of figures, then every violation with its timeline. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(passed() ? "PASSED" : !violations.isEmpty() ? "FAILED" : "UNDECIDED").append(": ")
                .append(history.size()).append(" calls from ").append(history.threadCount()).append(" threads, ")
                .append(segments).append(" segments, ").append(searchSteps).append(" search steps, run ")
                .append(runTime.toMillis()).append(" ms, check ").append(checkTime.toMillis()).append(" ms");
        if (undecidedReason != null) {
            s.append("\nundecided: ").append(undecidedReason);
        }
        for (Violation v : violations) {
            s.append("\n\n").append(v.describe());
        }
        return s.append('\n').toString();
    }

    /** The verdict and every violation as JSON, for reports. */
    public String toJson() {
        StringBuilder s = new StringBuilder();
        s.append("{\"verdict\":").append(HistoryJson.str(passed() ? "PASSED" : !violations.isEmpty() ? "FAILED" : "UNDECIDED"))
                .append(",\"calls\":").append(history.size())
                .append(",\"threads\":").append(history.threadCount())
                .append(",\"undecidedReason\":").append(undecidedReason == null ? "null" : HistoryJson.str(undecidedReason))
                .append(",\"violations\":[");
        for (int i = 0; i < violations.size(); i++) {
            s.append(i == 0 ? "" : ",").append(violations.get(i).toJson());
        }
        return s.append("]}").toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
