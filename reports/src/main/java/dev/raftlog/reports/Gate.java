package dev.raftlog.reports;

import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.RequirementResult;
import dev.raftlog.tck.runner.RequirementResult.Verdict;
import java.util.List;

/**
 * A quality gate: which failed rules fail a build. {@link #MUST} (the default) fails on a
 * violated MUST rule; {@link #SHOULD} also on a violated SHOULD rule. A rule whose test ended in
 * an error (no verdict) counts as violated: a gate cannot pass a store it could not check.
 */
public enum Gate {
    /** Fail on MUST rules only. */
    MUST(Level.MUST),
    /** Fail on MUST and SHOULD rules. */
    SHOULD(Level.MUST, Level.SHOULD);

    private final List<Level> levels;

    Gate(Level... levels) {
        this.levels = List.of(levels);
    }

    /** The rules of {@code report} this gate fails on, in catalogue order. */
    public List<RequirementResult> blocking(ConformanceReport report) {
        return report.results().stream()
                .filter(r -> levels.contains(r.requirement().level()) && violated(r))
                .toList();
    }

    /** True when {@code report} passes this gate. */
    public boolean passes(ConformanceReport report) {
        return blocking(report).isEmpty();
    }

    /** True when the rule failed or its test errored. */
    public static boolean violated(RequirementResult r) {
        return r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR;
    }

    /**
     * For people: "CONFORMANT", "CONFORMANT (optional rules failed: ...)", "NOT CONFORMANT (MUST
     * rules violated: ...)" or, when MUST rules only ended in errors, "NO VERDICT (MUST rules
     * ended in errors before a verdict: ...)". Long lists are cut after ten IDs.
     */
    public static String verdict(ConformanceReport report) {
        List<String> violated = ids(report, Level.MUST, Verdict.FAILED);
        List<String> errors = ids(report, Level.MUST, Verdict.ERROR);
        if (!violated.isEmpty()) {
            return "NOT CONFORMANT (MUST rules violated: " + list(violated)
                    + (errors.isEmpty() ? "" : "; errors before a verdict: " + list(errors)) + ")";
        }
        if (!errors.isEmpty()) {
            return "NO VERDICT (MUST rules ended in errors before a verdict: " + list(errors) + ")";
        }
        List<String> optional = report.results().stream().filter(Gate::violated).map(r -> r.requirement().id()).toList();
        return optional.isEmpty() ? "CONFORMANT" : "CONFORMANT (optional rules failed: " + list(optional) + ")";
    }

    private static List<String> ids(ConformanceReport report, Level level, Verdict verdict) {
        return report.results().stream().filter(r -> r.requirement().level() == level && r.verdict() == verdict)
                .map(r -> r.requirement().id()).toList();
    }

    private static String list(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
    }

    /** Parses "must" or "should", in any case. */
    public static Gate parse(String text) {
        for (Gate g : values()) {
            if (g.name().equalsIgnoreCase(text)) {
                return g;
            }
        }
        throw new IllegalArgumentException("--fail-on must be 'must' or 'should', was '" + text + "'");
    }
}
