package dev.raftlog.tck;

import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.catalogue.Requirement;
import org.opentest4j.AssertionFailedError;

/**
 * A store broke a rule of the contract. The message names the requirement (ID, level and
 * sentence), says what was expected and what happened, and shows the calls that led there as
 * Java code; for random tests it also carries the seed and the replay token. A failed SHOULD or
 * MAY rule is marked optional in the message, but it is a failure, never a skip.
 */
public class RequirementViolation extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final transient Requirement requirement;
    private final String javaCode;
    private final int callCount;
    private final String replay;

    public RequirementViolation(Requirement requirement, String problem, Object expected, Object actual,
            String javaCode, int callCount, String replay, Throwable cause) {
        super(format(requirement, problem, expected, actual, javaCode, replay), expected, actual, cause);
        this.requirement = requirement;
        this.javaCode = javaCode;
        this.callCount = callCount;
        this.replay = replay;
    }

    /** The rule that was broken. */
    public Requirement requirement() {
        return requirement;
    }

    /** The calls that show the violation, as Java statements. */
    public String javaCode() {
        return javaCode;
    }

    /** How many store calls {@link #javaCode()} makes. */
    public int callCount() {
        return callCount;
    }

    /** How to replay a random case exactly, or null for a fixed example. */
    public String replay() {
        return replay;
    }

    /** True for SHOULD and MAY rules: the failure does not fail a MUST-only quality gate. */
    public boolean optional() {
        return requirement.level() != Level.MUST;
    }

    private static String format(Requirement r, String problem, Object expected, Object actual, String code, String replay) {
        StringBuilder s = new StringBuilder();
        s.append(r.id()).append(' ').append(r.level());
        if (r.level() != Level.MUST) {
            s.append(" (optional rule)");
        }
        s.append(": ").append(r.sentence()).append('\n');
        s.append("  ").append(problem).append('\n');
        if (expected != null || actual != null) {
            s.append("  expected: ").append(expected).append('\n');
            s.append("  actual:   ").append(actual).append('\n');
        }
        if (code != null && !code.isBlank()) {
            s.append("  The calls that show it (Java; newStore() opens your store):\n");
            code.lines().forEach(line -> s.append("    ").append(line).append('\n'));
        }
        if (replay != null) {
            s.append("  ").append(replay).append('\n');
        }
        s.append("  Why it matters: ").append(r.rationale()).append('\n');
        s.append("  Evidence: ").append(r.evidence());
        return s.toString();
    }
}
