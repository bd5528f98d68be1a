package dev.raftlog.tck.concurrency;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule, with the smallest window of the history that shows it: the calls a person
 * needs to see, a timeline of them, and a JSON export of the same for reports.
 *
 * @param rule    the rule broken
 * @param message what was seen and why it cannot happen, in a sentence or two
 * @param window  the calls that show it, by start time
 * @param context what the reader must know besides the window (e.g. the state the window
 *                starts from), or an empty string
 */
public record Violation(ConcurrencyRule rule, String message, List<Call> window, String context) {

    /** Copies the window; all fields are required. */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        window = List.copyOf(window);
        context = context == null ? "" : context;
    }

    /** The window drawn as one lane per thread, with times relative to the window's start. */
    public String timeline() {
        return TimelineRenderer.render(window);
    }

    /** The violation as a JSON object: rule, message, context and the window's calls. */
    public String toJson() {
        return HistoryJson.violation(this);
    }

    /** Rule, message, context and timeline, as printed in a failed test. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(rule.id()).append(" violated: ").append(rule.text()).append('\n');
        s.append(message).append('\n');
        if (!context.isEmpty()) {
            s.append(context).append('\n');
        }
        return s.append(timeline()).toString();
    }
}
