package dev.raftlog.tck.runner;

import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.runner.RequirementResult.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The kit's verdict on one store: a result per requirement, in catalogue order. */
public record ConformanceReport(String store, List<RequirementResult> results, List<TestOutcome> tests, Duration elapsed) {

    static ConformanceReport of(String store, List<TestOutcome> tests, Duration elapsed) {
        Map<Requirement, List<TestOutcome>> byRule = new EnumMap<>(Requirement.class);
        for (TestOutcome t : tests) {
            for (Requirement r : t.requirements()) {
                byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
            }
        }
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement r : Requirement.values()) {
            results.add(RequirementResult.of(r, byRule.getOrDefault(r, List.of())));
        }
        return new ConformanceReport(store, List.copyOf(results), List.copyOf(tests), elapsed);
    }

    /** The result for one requirement. */
    public RequirementResult result(Requirement r) {
        return results.get(r.ordinal());
    }

    /** IDs of the requirements that failed or errored. */
    public List<String> failedIds() {
        return results.stream().filter(r -> r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR)
                .map(r -> r.requirement().id()).toList();
    }

    /** True when no MUST requirement failed or errored. */
    public boolean conformant() {
        return results.stream().noneMatch(r -> r.requirement().level() == Level.MUST
                && (r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR));
    }

    /** How many requirements of {@code level} passed, and how many were checked (not skipped or not run). */
    public int[] score(Level level) {
        int passed = 0;
        int checked = 0;
        for (RequirementResult r : results) {
            if (r.requirement().level() != level) {
                continue;
            }
            if (r.verdict() == Verdict.PASSED) {
                passed++;
            }
            if (r.verdict() == Verdict.PASSED || r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR) {
                checked++;
            }
        }
        return new int[] {passed, checked};
    }
}
