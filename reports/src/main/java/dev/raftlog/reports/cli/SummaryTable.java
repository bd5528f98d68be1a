package dev.raftlog.reports.cli;

import dev.raftlog.reports.Gate;
import dev.raftlog.reports.ProblemLine;
import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.RequirementResult;
import dev.raftlog.tck.runner.RequirementResult.Verdict;
import java.io.PrintStream;
import java.util.List;

/** The table the CLI ends with: a row per store with its score by level, skips and gate result, then each failed rule in a line. */
final class SummaryTable {
    private SummaryTable() {
    }

    static void print(List<ConformanceReport> reports, Gate gate, PrintStream out) {
        int width = Math.max(5, reports.stream().mapToInt(r -> r.store().length()).max().orElse(5));
        String row = "%-" + width + "s  %-7s %-7s %-5s %-7s %-7s %s%n";
        out.println();
        out.printf(row, "store", "MUST", "SHOULD", "MAY", "skipped", "not run", "verdict (--fail-on " + gate.name().toLowerCase() + ")");
        out.println("-".repeat(width + 48));
        for (ConformanceReport r : reports) {
            out.printf(row, r.store(), score(r, Level.MUST), score(r, Level.SHOULD), score(r, Level.MAY),
                    count(r, Verdict.SKIPPED), count(r, Verdict.NOT_RUN),
                    (gate.passes(r) ? "PASS " : "FAIL ") + Gate.verdict(r));
        }
        for (ConformanceReport r : reports) {
            for (RequirementResult res : r.results()) {
                if (Gate.violated(res)) {
                    out.printf("  %s %s %s: %s%n", res.verdict() == Verdict.ERROR ? "ERROR" : "FAIL ", r.store(),
                            res.requirement().label(), ProblemLine.of(res.firstProblem().message()));
                }
            }
        }
    }

    private static String score(ConformanceReport r, Level level) {
        int[] s = r.score(level);
        return s[0] + "/" + s[1];
    }

    private static long count(ConformanceReport r, Verdict v) {
        return r.results().stream().filter(x -> x.verdict() == v).count();
    }
}
