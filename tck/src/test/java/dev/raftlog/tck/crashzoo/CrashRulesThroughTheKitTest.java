package dev.raftlog.tck.crashzoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Needs;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.KitRunner;
import dev.raftlog.tck.runner.RequirementResult.Verdict;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crash rules as a store author meets them: through LogStoreKit with one durable factory.
 * A broken store fails the rule it breaks and the other crash rules are skipped as not decided; the correct store passes all seven; fresh and opted-out stores skip them with the reason.
 */
class CrashRulesThroughTheKitTest {
    private static final Set<String> CRASH_IDS = Arrays.stream(Requirement.values())
            .filter(r -> r.needs() == Needs.CRASH_TESTABLE).map(Requirement::id).collect(Collectors.toSet());
    private static String seedBefore;

    @BeforeAll
    static void pinSeed() {
        seedBefore = System.getProperty("raftlog.seed");
        if (seedBefore == null && System.getenv("RAFTLOG_SEED") == null) {
            System.setProperty("raftlog.seed", "20261126");
        }
    }

    @AfterAll
    static void restoreSeed() {
        if (seedBefore == null) {
            System.clearProperty("raftlog.seed");
        }
    }

    private static ConformanceReport crashRulesOf(StoreFactory f) {
        return KitRunner.run(f, CRASH_IDS, o -> { });
    }

    @Test
    void theCorrectFileStorePassesEveryCrashRule() {
        ConformanceReport r = crashRulesOf(CrashZoo.CORRECT.factory());
        for (String id : CRASH_IDS) {
            assertThat(r.result(Requirement.byId(id)).verdict()).as(id).isEqualTo(Verdict.PASSED);
        }
    }

    @Test
    void aBrokenStoreFailsItsRuleAndLeavesTheCampaignsOtherRulesUndecided() {
        ConformanceReport r = crashRulesOf(CrashZoo.all().stream().filter(s -> s.name().equals("SuffixDeleteNotDurable"))
                .findFirst().orElseThrow().factory());
        assertThat(r.failedIds()).containsExactly("LS-CRASH-03");
        assertThat(r.result(Requirement.CRASH_ACKNOWLEDGED_SURVIVE).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(r.result(Requirement.CRASH_ACKNOWLEDGED_SURVIVE).skipReason()).contains("not decided").contains("LS-CRASH-03");
        assertThat(r.result(Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(r.result(Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED).skipReason()).contains("fails LS-CRASH-03");
    }

    @Test
    void aStoreThatSurvivesPlainCrashesIsJudgedOnFsyncFailure() {
        ConformanceReport r = crashRulesOf(CrashZoo.all().stream().filter(s -> s.name().equals("RetriesFailedFsync"))
                .findFirst().orElseThrow().factory());
        assertThat(r.failedIds()).containsExactly("LS-FSYNC-01");
        assertThat(r.result(Requirement.CRASH_ACKNOWLEDGED_SURVIVE).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void freshAndOptedOutStoresSkipTheCrashRulesWithTheReason() {
        ConformanceReport fresh = crashRulesOf(StoreFactory.fresh(InMemoryLogStore::new));
        assertThat(fresh.result(Requirement.CRASH_NOTHING_INVENTED).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(fresh.result(Requirement.CRASH_NOTHING_INVENTED).skipReason()).contains("StoreFactory.durable");
        ConformanceReport out = crashRulesOf(CrashZoo.CORRECT.factory().withoutCrashTests("maps its files"));
        assertThat(out.result(Requirement.FSYNC_DISK_FULL).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(out.result(Requirement.FSYNC_DISK_FULL).skipReason()).contains("opted out").contains("maps its files");
    }
}
