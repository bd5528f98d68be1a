package dev.raftlog.tck.runner;

import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.runner.RequirementResult.Verdict;
import java.io.PrintStream;

/** Prints a {@link ConformanceReport} for people: a line per requirement, a summary, then each failure in full. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    public static void print(ConformanceReport report, PrintStream out) {
        out.println();
        for (RequirementResult r : report.results()) {
            String tag = switch (r.verdict()) {
                case PASSED -> "pass";
                case FAILED -> r.requirement().level() == Level.MUST ? "FAIL" : "FAIL (optional)";
                case ERROR -> "ERROR";
                case SKIPPED -> "skipped";
                case NOT_RUN -> "not run";
            };
            String detail = switch (r.verdict()) {
                case SKIPPED -> " -- " + r.skipReason();
                case FAILED, ERROR -> " -- " + firstLine(r.firstProblem().message());
                default -> "";
            };
            out.printf("  %-15s %-14s %-6s %s%s%n", tag, r.requirement().id(), r.requirement().level(),
                    r.requirement().sentence(), detail);
        }
        out.println();
        for (RequirementResult r : report.results()) {
            if (r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR) {
                TestOutcome t = r.firstProblem();
                out.println("---- " + r.requirement().id() + " in test \"" + t.displayName() + "\"");
                out.println(t.message());
                out.println();
            }
        }
        out.println(summary(report));
    }

    /** "MUST 41/41, SHOULD 2/3, MAY 0/0; 12 skipped; 0 not run; CONFORMANT" */
    public static String summary(ConformanceReport report) {
        StringBuilder s = new StringBuilder("Summary for " + report.store() + ": ");
        for (Level level : Level.values()) {
            int[] score = report.score(level);
            s.append(level).append(' ').append(score[0]).append('/').append(score[1]).append(", ");
        }
        long skipped = report.results().stream().filter(r -> r.verdict() == Verdict.SKIPPED).count();
        long notRun = report.results().stream().filter(r -> r.verdict() == Verdict.NOT_RUN).count();
        s.append(skipped).append(" skipped, ").append(notRun).append(" not run; ");
        s.append(report.tests().size()).append(" tests in ").append(report.elapsed().toMillis()).append(" ms; ");
        s.append(report.conformant() ? "CONFORMANT (every MUST rule passed)"
                : "NOT CONFORMANT (MUST rules violated: " + String.join(", ", mustFailures(report)) + ")");
        return s.toString();
    }

    private static java.util.List<String> mustFailures(ConformanceReport report) {
        return report.results().stream()
                .filter(r -> r.requirement().level() == Level.MUST && (r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR))
                .map(r -> r.requirement().id()).toList();
    }

    private static String firstLine(String s) {
        String[] lines = s == null ? new String[] {""} : s.split("\n");
        return lines.length > 1 ? lines[1].trim() : lines[0];
    }
}
