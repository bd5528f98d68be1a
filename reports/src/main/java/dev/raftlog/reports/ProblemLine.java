package dev.raftlog.reports;

/** The one line of a failure message that says what happened, for tables and hover texts. */
public final class ProblemLine {
    private ProblemLine() {
    }

    /**
     * A violation's second line (its first names the rule, the second what the store did), or the
     * first line of any other message; "" for none.
     */
    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String[] lines = message.split("\n");
        return lines.length > 1 && lines[0].matches("LS-[A-Z]+-\\d+ .*") ? lines[1].trim() : lines[0];
    }
}
