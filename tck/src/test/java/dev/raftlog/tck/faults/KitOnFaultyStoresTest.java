package dev.raftlog.tck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.decorators.FaultRule;
import dev.raftlog.decorators.Faults;
import dev.raftlog.decorators.FaultyStore;
import dev.raftlog.decorators.Operation;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.concurrency.ConcurrencyCheck;
import dev.raftlog.tck.concurrency.ConcurrencyConfig;
import dev.raftlog.tck.concurrency.ConcurrencyReport;
import dev.raftlog.tck.concurrency.ConcurrencyRule;
import dev.raftlog.tck.concurrency.HalfLockedStore;
import dev.raftlog.tck.concurrency.RecordedHistories;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.KitRunner;
import dev.raftlog.tck.runner.TestOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit and the decorators together: injected faults fail the kit in the expected, explained way. */
class KitOnFaultyStoresTest {

    @Test
    void anInjectedEioFailsTheKitAndEveryFailureSaysItWasInjected() {
        StoreFactory eioOnThirdBatch = StoreFactory.fresh(() -> Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(3).eio())
                .seed(7)
                .build());
        ConformanceReport report = KitRunner.run(eioOnThirdBatch);

        assertThat(report.conformant()).isFalse();
        List<TestOutcome> failed = report.tests().stream().filter(t -> t.status() == TestOutcome.Status.FAILED).toList();
        assertThat(failed).isNotEmpty();
        assertThat(failed).allSatisfy(t -> assertThat(t.message())
                .contains("injected EIO on storeLogs call #3")
                .contains("rule: failing(STORE_LOGS).onNthCall(3)"));
        assertThat(report.failedIds()).contains("LS-BATCH-01", "LS-MODEL-01", "LS-CONC-05");
    }

    @Test
    void aRecordedHistoryOfACorrectStoreIsLinearizable() {
        FaultyStore wrapped = Faults.wrap(new InMemoryLogStore()).recording(200_000).seed(3).buildWithControl();
        ConcurrencyConfig config = ConcurrencyConfig.builder().seed(3).operationsPerThread(300).build();
        ConcurrencyCheck.run(wrapped::store, config);

        ConcurrencyReport fromRecorder = ConcurrencyCheck.check(RecordedHistories.from(wrapped.recorder()), config);
        assertThat(fromRecorder.passed()).as(fromRecorder.summary()).isTrue();
        assertThat(fromRecorder.history().size()).isGreaterThan(1000);
    }

    @Test
    void aRecordedHistoryOfABrokenStoreIsCaught() {
        ConcurrencyReport verdict = null;
        for (int seed = 1; seed <= 4 && (verdict == null || verdict.passed()); seed++) {
            FaultyStore wrapped = Faults.wrap(new HalfLockedStore()).recording(200_000).seed(seed).buildWithControl();
            ConcurrencyConfig config = ConcurrencyConfig.builder().seed(seed).build();
            ConcurrencyCheck.run(wrapped::store, config);
            verdict = ConcurrencyCheck.check(RecordedHistories.from(wrapped.recorder()), config);
        }
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.violations()).extracting(v -> v.rule())
                .containsAnyOf(ConcurrencyRule.LS_CONC_01, ConcurrencyRule.LS_CONC_06);
    }
}
