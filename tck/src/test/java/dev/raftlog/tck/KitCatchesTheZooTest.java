package dev.raftlog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.KitRunner;
import dev.raftlog.tck.runner.RequirementResult;
import dev.raftlog.tck.runner.TestOutcome;
import dev.raftlog.tck.zoo.Zoo;
import dev.raftlog.tck.zoo.ZooSpecimen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The kit proves itself: run in full against every deliberately broken store of the zoo, it
 * must fail each with the requirement that store breaks, and its counterexamples must be short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KitCatchesTheZooTest {
    /** Issue target: counterexamples of at most 4 calls for at least 90% of the zoo. */
    private static final int SHORT = 4;
    private static final double SHORT_SHARE = 0.9;

    /** A fixed seed keeps CI deterministic; -Draftlog.seed=... explores others. */
    private static final String ZOO_SEED = "20261126";

    private final Map<ZooSpecimen, ConformanceReport> reports = new LinkedHashMap<>();
    private String seedBefore;

    @BeforeAll
    void pinSeed() {
        seedBefore = System.getProperty("raftlog.seed");
        if (seedBefore == null && System.getenv("RAFTLOG_SEED") == null) {
            System.setProperty("raftlog.seed", ZOO_SEED);
        }
    }

    static StoreFactory factoryOf(ZooSpecimen s) {
        StoreFactory f = s.durable() != null
                // The zoo's durable stores keep their "disk" in memory (SimulatedDisk), so there are no
                // files to crash: the crash rules have their own zoo of broken file stores (crashzoo).
                ? StoreFactory.durable(dir -> s.durable().apply(dir))
                        .withoutCrashTests("zoo specimens keep their data in a SimulatedDisk, not in files")
                : StoreFactory.fresh(() -> s.fresh().get());
        return f.withProfile(s.monotonic() ? Profile.MONOTONIC : Profile.GENERAL).describedAs(s.name());
    }

    private ConformanceReport report(ZooSpecimen s) {
        return reports.computeIfAbsent(s, k -> KitRunner.run(factoryOf(k)));
    }

    @TestFactory
    Stream<DynamicTest> kitFailsEachSpecimenWithTheRuleItBreaks() {
        return Zoo.all().stream().map(s -> DynamicTest.dynamicTest(s.name() + " breaks " + s.breaks().id(), () -> {
            ConformanceReport report = report(s);
            assertThat(report.failedIds())
                    .as("%s (%s): rules the kit reported failed", s.name(), s.story())
                    .contains(s.breaks().id());
            TestOutcome failure = report.result(s.breaks()).firstProblem();
            assertThat(failure.status()).as("a contract violation, not a harness error: %s", failure.message())
                    .isEqualTo(TestOutcome.Status.FAILED);
            assertThat(failure.message()).contains(s.breaks().id()).contains("store");
        }));
    }

    /** The correct bases the specimens derive from (general, monotonic, durable) pass: a failure there is the kit's bug. */
    @TestFactory
    Stream<DynamicTest> kitPassesTheZoosCorrectControls() {
        return Zoo.controls().stream().map(c -> DynamicTest.dynamicTest(c.name() + " passes", () -> {
            ConformanceReport report = KitRunner.run(factoryOf(c));
            assertThat(report.failedIds()).as("%s: %s", c.name(), report.tests().stream()
                    .filter(t -> t.status() != TestOutcome.Status.PASSED && t.status() != TestOutcome.Status.SKIPPED)
                    .map(TestOutcome::message).findFirst().orElse("")).isEmpty();
            assertThat(report.conformant()).isTrue();
        }));
    }

    @Test
    void counterexamplesAreShortForNearlyTheWholeZoo() throws IOException {
        List<String> lines = new ArrayList<>();
        int shortOnes = 0;
        for (ZooSpecimen s : Zoo.all()) {
            RequirementResult r = report(s).result(s.breaks());
            int calls = r.tests().stream().filter(t -> t.status() == TestOutcome.Status.FAILED)
                    .mapToInt(TestOutcome::callCount).min().orElse(Integer.MAX_VALUE);
            if (calls <= SHORT) {
                shortOnes++;
            }
            lines.add(String.format("%-36s %-14s %s calls", s.name(), s.breaks().id(), calls == Integer.MAX_VALUE ? "-" : calls));
        }
        double share = (double) shortOnes / Zoo.all().size();
        lines.add(String.format("%d of %d specimens (%.0f%%) shrink to <= %d calls", shortOnes, Zoo.all().size(), share * 100, SHORT));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "zoo-counterexamples.txt"), lines, StandardCharsets.UTF_8);
        assertThat(share).as(String.join("\n", lines)).isGreaterThanOrEqualTo(SHORT_SHARE);
    }

    @AfterAll
    void printSummaryAndRestoreSeed() {
        if (seedBefore == null) {
            System.clearProperty("raftlog.seed");
        }
        reports.forEach((s, r) -> System.out.println(s.name() + ": failed " + r.failedIds()));
    }
}
