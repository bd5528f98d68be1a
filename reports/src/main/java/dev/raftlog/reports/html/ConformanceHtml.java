package dev.raftlog.reports.html;

import dev.raftlog.reports.Gate;
import dev.raftlog.reports.ProblemLine;
import dev.raftlog.tck.catalogue.Area;
import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.RequirementResult;
import dev.raftlog.tck.runner.TestOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The conformance report: one self-contained HTML page (style and script inline, no network)
 * for one run over one or more stores. Stores are columns, requirements rows grouped by area;
 * each cell says pass, FAIL, error, skipped (reason on hover) or not run; each store gets its
 * score per level and a verdict; each failure expands to its counterexample, replay token and
 * expected-against-actual diff. Everything that came from a store is escaped.
 *
 * <p>The page honours {@code #expand-all} (opens every failure) and {@code #f-<store>-<ID>}
 * (opens that failure), and a click on a failed cell opens its failure.
 */
public final class ConformanceHtml {
    /** The file name the CLI writes the page to. */
    public static final String FILE_NAME = "conformance-report.html";

    private ConformanceHtml() {
    }

    /** Writes the page for {@code reports} to {@code file}; returns the file. */
    public static Path write(Path file, List<ConformanceReport> reports, Map<String, String> runFacts) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, render(reports, runFacts), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report to " + file, e);
        }
    }

    /**
     * The page for {@code reports} (one column each, in this order).
     *
     * @param runFacts shown under the title, e.g. "tries" to "default", "seed" to "42"
     */
    public static String render(List<ConformanceReport> reports, Map<String, String> runFacts) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a conformance report needs at least one store's results");
        }
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>raftlog conformance report</title>\n<style>\n").append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n<h1>raftlog conformance report</h1>\n<div class=\"facts\">");
        runFacts.forEach((k, v) -> s.append("<span>").append(Html.text(k)).append(": <b>").append(Html.text(v)).append("</b></span>"));
        s.append("</div>\n");
        stores(s, reports);
        matrix(s, reports);
        failures(s, reports);
        s.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return s.toString();
    }

    private static void stores(StringBuilder s, List<ConformanceReport> reports) {
        s.append("<h2>Stores</h2>\n<div class=\"stores\">\n");
        for (int i = 0; i < reports.size(); i++) {
            ConformanceReport r = reports.get(i);
            String verdict = Gate.verdict(r);
            String kind = !Gate.MUST.passes(r) ? "bad" : verdict.equals("CONFORMANT") ? "ok" : "optional";
            s.append("<div class=\"store\" data-store=\"s").append(i).append("\">\n<div class=\"name\">")
                    .append(Html.text(r.store())).append("</div>\n<div class=\"score\">").append(Html.text(score(r)))
                    .append("</div>\n<span class=\"verdict ").append(kind).append("\">").append(Html.text(verdict))
                    .append("</span>\n<div class=\"facts\">").append(r.tests().size()).append(" tests in ")
                    .append(r.elapsed().toMillis()).append(" ms</div>\n</div>\n");
        }
        s.append("</div>\n");
    }

    /** "MUST 41/41, SHOULD 1/2, MAY 0/0": passed of checked (skipped and not-run rules are not checked). */
    public static String score(ConformanceReport r) {
        StringBuilder s = new StringBuilder();
        for (Level level : Level.values()) {
            int[] score = r.score(level);
            s.append(s.length() == 0 ? "" : ", ").append(level).append(' ').append(score[0]).append('/').append(score[1]);
        }
        return s.toString();
    }

    private static void matrix(StringBuilder s, List<ConformanceReport> reports) {
        s.append("<h2>Requirements</h2>\n<div class=\"legend\"><span>&#10003; pass</span><span>&#10007; FAIL</span>")
                .append("<span>! error (no verdict)</span><span>&ndash; skipped (hover for why)</span><span>&middot; not run</span></div>\n")
                .append("<table class=\"matrix\">\n<thead><tr><th>ID</th><th>Level</th><th>Requirement</th>");
        for (int i = 0; i < reports.size(); i++) {
            s.append("<th class=\"store-col\" data-store=\"s").append(i).append("\">").append(Html.text(reports.get(i).store())).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (Area area : Area.values()) {
            List<Requirement> rules = java.util.Arrays.stream(Requirement.values()).filter(r -> r.area() == area).toList();
            if (rules.isEmpty()) {
                continue;
            }
            s.append("<tr class=\"area\"><th colspan=\"").append(3 + reports.size()).append("\">")
                    .append(Html.text(area.title())).append("</th></tr>\n");
            for (Requirement rule : rules) {
                s.append("<tr data-id=\"").append(rule.id()).append("\"><td class=\"id\">").append(rule.id())
                        .append("</td><td class=\"level\">").append(rule.level()).append("</td><td class=\"rule\" title=\"")
                        .append(Html.text("Why: " + rule.rationale())).append("\">").append(Html.text(rule.sentence())).append("</td>");
                for (int i = 0; i < reports.size(); i++) {
                    cell(s, i, reports.get(i).result(rule));
                }
                s.append("</tr>\n");
            }
        }
        s.append("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder s, int store, RequirementResult r) {
        String id = r.requirement().id();
        switch (r.verdict()) {
            case PASSED -> s.append("<td class=\"cell pass\" title=\"passed\">&#10003;</td>");
            case FAILED, ERROR -> {
                TestOutcome t = r.firstProblem();
                boolean failed = r.verdict() == RequirementResult.Verdict.FAILED;
                s.append("<td class=\"cell ").append(failed ? "fail" : "error").append("\" title=\"")
                        .append(Html.text((failed ? "FAILED: " : "ERROR (no verdict): ") + ProblemLine.of(t.message())))
                        .append("\"><a href=\"#").append(Html.id("f", "s" + store, id)).append("\">")
                        .append(failed ? "&#10007; FAIL" : "! error").append("</a></td>");
            }
            case SKIPPED -> s.append("<td class=\"cell skipped\" title=\"skipped: ").append(Html.text(r.skipReason()))
                    .append("\">&ndash; skipped</td>");
            case NOT_RUN -> s.append("<td class=\"cell not-run\" title=\"not run in this run\">&middot;</td>");
        }
    }

    private static void failures(StringBuilder s, List<ConformanceReport> reports) {
        s.append("<h2>Failures</h2>\n");
        boolean any = false;
        for (int i = 0; i < reports.size(); i++) {
            ConformanceReport report = reports.get(i);
            for (RequirementResult r : report.results()) {
                if (!Gate.violated(r)) {
                    continue;
                }
                any = true;
                int n = 0;
                for (TestOutcome t : r.tests()) {
                    if (t.status() == TestOutcome.Status.FAILED || t.status() == TestOutcome.Status.ERROR) {
                        String id = Html.id("f", "s" + i, r.requirement().id()) + (n == 0 ? "" : "-" + (n + 1));
                        FailureSection.append(s, id, report.store(), t);
                        n++;
                    }
                }
            }
        }
        if (!any) {
            s.append("<p class=\"none\">None: every rule that ran passed.</p>\n");
        }
    }

    private static String resource(String name) {
        try (InputStream in = ConformanceHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the reports jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
