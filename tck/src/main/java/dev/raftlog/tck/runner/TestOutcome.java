package dev.raftlog.tck.runner;

import dev.raftlog.tck.catalogue.Requirement;
import java.util.List;

/**
 * What happened to one kit test (one invocation of a parameterized test).
 *
 * @param displayName  the test's name, e.g. "LS-DELETE-04 prefix delete includes its upper bound"
 * @param requirements the rules it checks; the first is the one a failure is reported against
 * @param status       how it ended
 * @param message      the failure message or the skip reason; empty when it passed
 * @param callCount    store calls in the counterexample of a violation, else 0
 * @param failure      the exception of a failure or error, else null
 */
public record TestOutcome(String displayName, List<Requirement> requirements, Status status, String message,
        int callCount, Throwable failure) {

    /** How a test ended. */
    public enum Status {
        /** The store kept the rule. */
        PASSED,
        /** The store broke the rule (a RequirementViolation). */
        FAILED,
        /** The kit or the store's factory failed before a verdict (not a contract violation). */
        ERROR,
        /** The rule does not apply to what the store declared; the message says why. */
        SKIPPED
    }

    public Requirement requirement() {
        return requirements.get(0);
    }
}
