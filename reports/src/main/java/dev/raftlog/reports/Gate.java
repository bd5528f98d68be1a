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

    /** "CONFORMANT", "CONFORMANT (optional rules failed: ...)" or "NOT CONFORMANT (...)", for people. */
    public static String verdict(ConformanceReport report) {
        List<String> must = MUST.blocking(report).stream().map(r -> r.requirement().id()).toList();
        if (!must.isEmpty()) {
            return "NOT CONFORMANT (MUST rules violated: " + String.join(", ", must) + ")";
        }
        List<String> optional = report.results().stream().filter(Gate::violated).map(r -> r.requirement().id()).toList();
        return optional.isEmpty() ? "CONFORMANT" : "CONFORMANT (optional rules failed: " + String.join(", ", optional) + ")";
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
