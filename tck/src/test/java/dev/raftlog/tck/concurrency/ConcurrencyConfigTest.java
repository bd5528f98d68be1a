package dev.raftlog.tck.concurrency;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyConfigTest {

    @Test
    void builderKeepsWhatWasSetAndToBuilderRoundTrips() {
        ConcurrencyConfig c = ConcurrencyConfig.builder().mode(WorkloadMode.RANDOM).threads(3).operationsPerThread(7)
                .duration(Duration.ofSeconds(2)).seed(42).quiescenceEvery(0).trailingLogs(5).maxBatch(9)
                .callTimeout(Duration.ofSeconds(3)).checkTimeLimit(Duration.ofSeconds(4)).maxSearchSteps(11).build();
        assertThat(c.toBuilder().build().toString()).isEqualTo(c.toString());
        assertThat(c.mode()).isEqualTo(WorkloadMode.RANDOM);
        assertThat(c.threads()).isEqualTo(3);
        assertThat(c.seed()).isEqualTo(42);
        assertThat(c.maxSearchSteps()).isEqualTo(11);
    }

    @Test
    void nonsenseIsRejectedByName() {
        assertThatThrownBy(() -> ConcurrencyConfig.builder().threads(1)).hasMessageContaining("threads");
        assertThatThrownBy(() -> ConcurrencyConfig.builder().operationsPerThread(0)).hasMessageContaining("operationsPerThread");
        assertThatThrownBy(() -> ConcurrencyConfig.builder().callTimeout(Duration.ZERO)).hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> ConcurrencyConfig.builder().maxBatch(0)).hasMessageContaining("maxBatch");
    }

    @Test
    void aDurationStopsTheWorkloadBeforeItsOperationCount() {
        ConcurrencyReport report = ConcurrencyCheck.run(dev.raftlog.api.InMemoryLogStore::new, ConcurrencyConfig.builder()
                .threads(3).operationsPerThread(10_000_000).duration(Duration.ofMillis(100)).quiescenceEvery(50).build());
        assertThat(report.history().size()).isLessThan(3 * 10_000_000);
        assertThat(report.passed()).as(report.summary()).isTrue();
    }

    @Test
    void aStoreThatIsNotEmptyIsRefused() {
        assertThatThrownBy(() -> ConcurrencyCheck.run(() -> {
            dev.raftlog.api.InMemoryLogStore s = new dev.raftlog.api.InMemoryLogStore();
            s.storeLog(dev.raftlog.api.Log.of(1, 1));
            return s;
        }, ConcurrencyConfig.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
