package dev.raftlog.tck.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls a kit test made on the store, as Java statements, in order. It becomes the
 * counterexample of a failure: the shortest story of how the store broke the rule.
 */
public final class Transcript {
    private final List<String> lines = new ArrayList<>();
    private int calls;
    private Throwable lastThrown;

    /** Adds a statement that makes {@code storeCalls} calls on the store. */
    public void add(String statement, int storeCalls) {
        lines.add(statement);
        calls += storeCalls;
    }

    /** Adds a comment to the last statement (e.g. what the store returned). */
    public void annotateLast(String comment) {
        if (!lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + "   // " + comment);
        }
    }

    /** Wraps the statement of the last line (not its comment) as {@code prefix + call + suffix}. */
    public void wrapLast(String prefix, String suffix) {
        if (lines.isEmpty()) {
            return;
        }
        int last = lines.size() - 1;
        String line = lines.get(last);
        int comment = line.indexOf("   // ");
        String statement = comment < 0 ? line : line.substring(0, comment);
        String rest = comment < 0 ? "" : line.substring(comment);
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1);
        }
        lines.set(last, prefix + statement + suffix + rest);
    }

    void thrown(Throwable t) {
        lastThrown = t;
    }

    /** The last exception a store call threw, for telling store failures from harness failures. */
    public Throwable lastThrown() {
        return lastThrown;
    }

    /** Number of store calls so far. */
    public int callCount() {
        return calls;
    }

    /** The statements, one per line. */
    public String code() {
        return String.join("\n", lines);
    }
}
