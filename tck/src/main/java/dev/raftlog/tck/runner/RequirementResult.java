package dev.raftlog.tck.runner;

import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.runner.TestOutcome.Status;
import java.util.List;

/**
 * The verdict on one requirement, from every test that checks it: failed if any failed, an
 * error if any errored, passed if any passed, skipped if all were skipped, not run if none ran.
 */
public record RequirementResult(Requirement requirement, Verdict verdict, List<TestOutcome> tests) {

    /** The verdict on a requirement. */
    public enum Verdict { PASSED, FAILED, ERROR, SKIPPED, NOT_RUN }

    static RequirementResult of(Requirement r, List<TestOutcome> tests) {
        Verdict v;
        if (tests.stream().anyMatch(t -> t.status() == Status.FAILED)) {
            v = Verdict.FAILED;
        } else if (tests.stream().anyMatch(t -> t.status() == Status.ERROR)) {
            v = Verdict.ERROR;
        } else if (tests.stream().anyMatch(t -> t.status() == Status.PASSED)) {
            v = Verdict.PASSED;
        } else if (!tests.isEmpty()) {
            v = Verdict.SKIPPED;
        } else {
            v = Verdict.NOT_RUN;
        }
        return new RequirementResult(r, v, List.copyOf(tests));
    }

    /**
     * The failing or erroring test to show for this requirement: one that checks it first-hand
     * (its violation names this rule) when there is one, else any; null when none failed.
     */
    public TestOutcome firstProblem() {
        List<TestOutcome> problems = tests.stream().filter(t -> t.status() == Status.FAILED || t.status() == Status.ERROR).toList();
        return problems.stream().filter(t -> t.requirement() == requirement).findFirst()
                .orElse(problems.isEmpty() ? null : problems.get(0));
    }

    /** The reason of the first skip, or "". */
    public String skipReason() {
        return tests.stream().filter(t -> t.status() == Status.SKIPPED).map(TestOutcome::message).findFirst().orElse("");
    }
}
