package dev.raftlog.tck.crashzoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.raftlog.tck.Profile;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.crash.CrashSuite;
import dev.raftlog.tck.crash.CrashSummary;
import dev.raftlog.tck.crash.CrashViolation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The crash suite proves itself: it fails every specimen of the crash zoo with the rule that
 * specimen breaks, with a full report (seed, crash model, workload as Java, byte diff, fault
 * log), and the correct file store passes every crash rule, the bounded exhaustive mode included.
 */
class CrashSuiteCatchesTheCrashZooTest {
    /** A fixed seed keeps CI deterministic. */
    private static final long SEED = 20261126L;
    private static final int WORKLOADS = 20;

    /** Runs the check of {@code rule} on {@code factory}; what it threw, or null. */
    static Throwable check(StoreFactory factory, Requirement rule) {
        return catchThrowable(() -> {
            switch (rule) {
                case CRASH_CORRUPTION_REPORTED -> CrashSuite.checkCorruption(factory);
                case FSYNC_FAILURE_NOT_ACKNOWLEDGED -> CrashSuite.checkFsyncFailure(factory);
                case FSYNC_DISK_FULL -> CrashSuite.checkDiskFull(factory);
                default -> {
                    CrashSummary s = CrashSuite.campaign(factory, SEED, WORKLOADS, true);
                    assertThat(s.setupError()).as("setup error").isNull();
                    if (s.violation() != null) {
                        throw s.violation();
                    }
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> crashSuiteFailsEachSpecimenWithTheRuleItBreaks() {
        return CrashZoo.all().stream().map(s -> DynamicTest.dynamicTest(s.name() + " breaks " + s.breaks().id(), () -> {
            Throwable t = check(s.factory(), s.breaks());
            assertThat(t).as("%s (%s) must fail the crash suite", s.name(), s.story()).isInstanceOf(CrashViolation.class);
            CrashViolation v = (CrashViolation) t;
            assertThat(v.requirement()).as("%s: rule reported; message:%n%s", s.name(), v.getMessage()).isEqualTo(s.breaks());
            assertThat(v.getMessage()).contains(s.breaks().id()).contains("crash model").contains("newStore(");
            assertThat(v.javaCode()).contains("FaultyFileSystem fs = FaultyFileSystem.builder()");
            assertThat(v.byteDiff()).isNotBlank();
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "crash-zoo-" + s.name() + ".txt"), v.getMessage(), StandardCharsets.UTF_8);
        }));
    }

    @Test
    void theCorrectFileStorePassesEveryCrashRule() {
        StoreFactory correct = CrashZoo.CORRECT.factory();
        for (Requirement rule : new Requirement[] {Requirement.CRASH_ACKNOWLEDGED_SURVIVE, Requirement.CRASH_CORRUPTION_REPORTED,
                Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED, Requirement.FSYNC_DISK_FULL}) {
            Throwable t = check(correct, rule);
            assertThat(t).as("the correct store must pass %s; got:%n%s", rule.id(), t == null ? "" : t.getMessage()).isNull();
        }
    }

    /** The monotonic workloads (no middle deletes, contiguous appends) are a subset the correct store must pass too. */
    @Test
    void theCorrectFileStorePassesTheMonotonicWorkloads() {
        CrashSummary s = CrashSuite.campaign(CrashZoo.CORRECT.factory().withProfile(Profile.MONOTONIC), SEED, 10, true);
        assertThat(s.setupError()).isNull();
        assertThat(s.violation()).as("%s", s.violation() == null ? "" : s.violation().getMessage()).isNull();
        assertThat(s.exhaustiveWorkloads()).isLessThan(CrashSuite.campaign(CrashZoo.CORRECT.factory(), SEED, 1, true)
                .exhaustiveWorkloads());
    }

    @Test
    void aStoreThatCannotOpenOnTheKitsFileSystemGetsAClearError() {
        StoreFactory defaultFsOnly = StoreFactory.durable(dir -> {
            dir.toFile();   // what a store tied to the default file system does
            return FrameFileStore.open(dir, FrameFileStore.Flaw.NONE);
        });
        CrashSummary s = CrashSuite.campaign(defaultFsOnly, SEED, 1, true);
        assertThat(s.violation()).isNull();
        assertThat(s.setupError()).contains("withoutCrashTests").contains("UnsupportedOperationException");
        assertThat(catchThrowable(() -> CrashSuite.checkDiskFull(defaultFsOnly))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withoutCrashTests");
    }

    @Test
    void theCampaignChecksThousandsOfCrashStatesIncludingTheExhaustiveMode() {
        CrashSummary s = CrashSuite.campaign(CrashZoo.CORRECT.factory(), SEED, WORKLOADS, true);
        System.out.println("crash campaign on the correct file store: " + s);
        assertThat(s.violation()).isNull();
        assertThat(s.exhaustiveWorkloads()).isGreaterThan(200);
        assertThat(s.exhaustiveStates()).isGreaterThan(2000);
        assertThat(s.randomStates()).isGreaterThan(500);
    }
}
