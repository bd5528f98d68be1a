package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A correct store must pass: no false positives, over several seeds and both workloads. */
class CorrectStoresTest {

    @ParameterizedTest(name = "raft workload, seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void inMemoryStorePassesTheRaftWorkload(long seed) {
        ConcurrencyReport report = ConcurrencyCheck.run(InMemoryLogStore::new,
                ConcurrencyConfig.builder().seed(seed).build());
        System.out.println(report.summary());
        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.history().size()).isEqualTo(8 * 1_250);
    }

    @ParameterizedTest(name = "random workload, seed {0}")
    @ValueSource(longs = {1, 2})
    void inMemoryStorePassesTheRandomWorkload(long seed) {
        ConcurrencyReport report = ConcurrencyCheck.run(InMemoryLogStore::new,
                ConcurrencyConfig.builder().mode(WorkloadMode.RANDOM).threads(4).operationsPerThread(500)
                        .quiescenceEvery(25).seed(seed).build());
        System.out.println(report.summary());
        assertThat(report.passed()).as(report.summary()).isTrue();
    }
}
