package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The workloads make the calls raft makes, from the threads raft makes them from. */
class WorkloadTest {

    @Test
    void raftWorkloadHasTheRolesOfRule18() {
        History h = ConcurrencyCheck.run(InMemoryLogStore::new, ConcurrencyConfig.builder().seed(5).build()).history();
        Map<String, Set<OpKind>> kindsByRole = h.calls().stream()
                .collect(Collectors.groupingBy(Call::role, Collectors.mapping(Call::kind, Collectors.toSet())));
        assertThat(kindsByRole.keySet()).containsExactlyInAnyOrder(
                "writer", "snapshot", "metrics", "reader-1", "reader-2", "reader-3", "reader-4", "reader-5");
        assertThat(kindsByRole.get("writer")).contains(OpKind.STORE_LOGS, OpKind.GET_LOG, OpKind.DELETE_RANGE);
        assertThat(kindsByRole.get("snapshot")).containsExactlyInAnyOrder(OpKind.FIRST_INDEX, OpKind.LAST_INDEX, OpKind.DELETE_RANGE);
        assertThat(kindsByRole.get("metrics")).containsExactlyInAnyOrder(OpKind.FIRST_INDEX, OpKind.GET_LOG);
        assertThat(kindsByRole.get("reader-1")).contains(OpKind.LAST_INDEX, OpKind.GET_LOG);
        assertThat(kindsByRole.values().stream().filter(k -> k.contains(OpKind.STORE_LOGS)).count()).isEqualTo(1);
    }

    @Test
    void writerBatchesAreRealisticAndEveryEntryIsUnique() {
        History h = ConcurrencyCheck.run(InMemoryLogStore::new, ConcurrencyConfig.builder().seed(6).build()).history();
        List<Call> stores = h.calls().stream().filter(c -> c.kind() == OpKind.STORE_LOGS).toList();
        assertThat(stores).allSatisfy(c -> assertThat(c.batch().size()).isBetween(1, 64));
        assertThat(stores.stream().mapToInt(c -> c.batch().size()).max().getAsInt()).isGreaterThan(16);
        List<EntryFingerprint> all = stores.stream().flatMap(c -> c.batch().stream()).toList();
        assertThat(Set.copyOf(all)).hasSameSizeAs(all);
        // Compaction keeps a trailing window, and suffix deletes are short.
        List<Call> prefixDeletes = h.calls().stream().filter(c -> c.role().equals("snapshot") && c.kind() == OpKind.DELETE_RANGE).toList();
        assertThat(prefixDeletes).isNotEmpty();
        assertThat(h.calls().stream().filter(c -> c.role().equals("writer") && c.kind() == OpKind.DELETE_RANGE))
                .allSatisfy(c -> assertThat(c.max() - c.index()).isLessThan(8));
    }

    @Test
    void randomWorkloadHasEveryThreadDoEverything() {
        History h = ConcurrencyCheck.run(InMemoryLogStore::new, ConcurrencyConfig.builder().mode(WorkloadMode.RANDOM)
                .threads(3).operationsPerThread(400).seed(7).build()).history();
        assertThat(h.size()).isEqualTo(1_200);
        for (int t = 1; t <= 3; t++) {
            int thread = t;
            assertThat(h.calls().stream().filter(c -> c.thread() == thread).map(Call::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(OpKind.values());
        }
    }
}
