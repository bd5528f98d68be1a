package dev.raftlog.tck.concurrency;

import dev.raftlog.api.LogStore;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's self-test: each broken store of the zoo is caught, with the rule its bug breaks.
 * Races are probabilistic, so each store gets a few runs (different seeds) to show its bug;
 * every store here shows it in the first run on a loaded two-core machine almost always.
 */
class ZooTest {

    private static final int ATTEMPTS = 4;

    @Test
    void unsynchronizedHashMapIsCaught() {
        // A corrupted HashMap may also lose entries, so other rules may legitimately fire too.
        assertCaught(UnsynchronizedHashMapStore::new, ConcurrencyRule.LS_CONC_05, ConcurrencyRule.values());
    }

    @Test
    void lastIndexPublishedBeforeTheBatchIsCaught() {
        assertCaught(EarlyLastIndexStore::new, ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_06);
    }

    @Test
    void prefixDeleteRacingWithReadersIsCaught() {
        assertCaught(RecycledBufferStore::new, ConcurrencyRule.LS_CONC_02, ConcurrencyRule.LS_CONC_02, ConcurrencyRule.LS_CONC_06);
    }

    @Test
    void lockAroundHalfOfStoreLogsIsCaught() {
        assertCaught(HalfLockedStore::new, ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_06);
    }

    @Test
    void firstIndexUsedAsScratchSpaceIsCaught() {
        assertCaught(FirstIndexScratchStore::new, ConcurrencyRule.LS_CONC_03,
                ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_03, ConcurrencyRule.LS_CONC_04, ConcurrencyRule.LS_CONC_06);
    }

    @Test
    void boundsClearedWhileRecomputedAreCaught() {
        assertCaught(BoundsResetDuringAppendStore::new, ConcurrencyRule.LS_CONC_04,
                ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_04, ConcurrencyRule.LS_CONC_06);
    }

    @Test
    void perThreadReadCacheIsCaught() {
        assertCaught(StaleReadCacheStore::new, ConcurrencyRule.LS_CONC_06,
                ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_02, ConcurrencyRule.LS_CONC_06);
    }

    /** Caught with {@code expected}, and blamed for nothing outside {@code allowed}. */
    private static void assertCaught(Supplier<LogStore> store, ConcurrencyRule expected, ConcurrencyRule... allowed) {
        ConcurrencyReport report = null;
        for (int seed = 1; seed <= ATTEMPTS; seed++) {
            report = ConcurrencyCheck.run(store, ConcurrencyConfig.builder().seed(seed).build());
            if (!report.violationsOf(expected).isEmpty()) {
                System.out.println("caught on attempt " + seed + ":\n" + report.violationsOf(expected).get(0).describe());
                break;
            }
        }
        assertThat(report.passed()).isFalse();
        assertThat(report.violationsOf(expected)).as(report.summary()).isNotEmpty();
        assertThat(report.violations()).as(report.summary()).allSatisfy(v -> assertThat(v.rule()).isIn((Object[]) allowed));
    }
}
