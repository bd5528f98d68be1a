package dev.raftlog.tck.concurrency;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadlocking store is reported as a hang, with the stuck threads' stacks, and the run ends. */
class HangDetectionTest {

    @Test
    void aDeadlockIsAHangVerdictWithTheStuckStacks() {
        ConcurrencyReport report = ConcurrencyCheck.run(DeadlockingStore::new, ConcurrencyConfig.builder()
                .threads(4).operationsPerThread(20_000).callTimeout(Duration.ofMillis(500)).build());
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_05)).as(report.summary()).isNotEmpty();
        Violation hang = report.violationsOf(ConcurrencyRule.LS_CONC_05).get(0);
        System.out.println(hang.describe());
        assertThat(hang.message()).contains("never returned");
        assertThat(hang.context()).contains("DeadlockingStore");
        assertThat(hang.window()).anyMatch(c -> c.outcome() == Outcome.PENDING);
    }
}
