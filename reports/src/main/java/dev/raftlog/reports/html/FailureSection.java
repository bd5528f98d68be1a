package dev.raftlog.reports.html;

import dev.raftlog.reports.ProblemLine;
import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.runner.TestOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * One failed or errored test as an expandable {@code <details>}: the counterexample as Java,
 * the replay token, expected against actual with the differing part marked, the whole message,
 * and for an error (no verdict) the stack trace.
 */
final class FailureSection {
    private FailureSection() {
    }

    static void append(StringBuilder s, String id, String store, TestOutcome t) {
        boolean error = t.status() == TestOutcome.Status.ERROR;
        s.append("<details class=\"failure").append(error ? " error" : "").append("\" id=\"").append(id).append("\">\n");
        s.append("<summary><b>").append(Html.text(t.requirement().id())).append("</b> ")
                .append(t.requirement().level()).append(error ? " error" : " violated").append(" by <i>")
                .append(Html.text(store)).append("</i> in test \"").append(Html.text(t.displayName())).append("\"")
                .append(t.callCount() > 0 ? " (" + t.callCount() + " calls)" : "").append("<br>")
                .append(Html.text(ProblemLine.of(t.message()))).append("</summary>\n<div class=\"body\">\n");
        if (t.failure() instanceof RequirementViolation v) {
            if (v.javaCode() != null && !v.javaCode().isBlank()) {
                s.append("<h4>Counterexample (Java; newStore() opens your store)</h4>\n<pre class=\"code\"><code>")
                        .append(Html.text(v.javaCode())).append("</code></pre>\n");
            }
            if (v.replay() != null) {
                s.append("<h4>Replay</h4>\n<pre class=\"replay\">").append(Html.text(v.replay())).append("</pre>\n");
            }
        }
        if (t.failure() instanceof AssertionFailedError f && (f.isExpectedDefined() || f.isActualDefined())) {
            s.append("<h4>Expected vs actual</h4>\n");
            diff(s, show(f.getExpected()), show(f.getActual()));
        }
        s.append("<h4>").append(error ? "What went wrong" : "The violation").append("</h4>\n<pre class=\"message\">")
                .append(Html.text(t.message())).append("</pre>\n");
        if (error && t.failure() != null) {
            StringWriter trace = new StringWriter();
            t.failure().printStackTrace(new PrintWriter(trace));
            s.append("<h4>Stack trace</h4>\n<pre class=\"trace\">").append(Html.text(trace.toString())).append("</pre>\n");
        }
        s.append("</div>\n</details>\n");
    }

    /** Expected and actual line by line; a differing line is marked, and in it the part after the common prefix. */
    static void diff(StringBuilder s, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        s.append("<table class=\"diff\">\n");
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "";
            String al = i < a.length ? a[i] : "";
            row(s, "expected", el, al);
            row(s, "actual", al, el);
        }
        s.append("</table>\n");
    }

    private static void row(StringBuilder s, String label, String line, String other) {
        s.append("<tr><th>").append(label).append("</th><td>");
        if (line.equals(other)) {
            s.append(Html.text(line));
        } else {
            int common = 0;
            while (common < line.length() && common < other.length() && line.charAt(common) == other.charAt(common)) {
                common++;
            }
            s.append(Html.text(line.substring(0, common))).append("<span class=\"differs\">")
                    .append(Html.text(line.substring(common))).append("</span>");
        }
        s.append("</td></tr>\n");
    }

    private static String show(ValueWrapper w) {
        return w == null ? "(none)" : w.getStringRepresentation();
    }
}
