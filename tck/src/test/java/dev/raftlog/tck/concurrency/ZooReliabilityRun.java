package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.LogStore;

import java.util.List;
import java.util.function.Supplier;

/**
 * How reliably the zoo is caught in a single run, and how often a correct store is wrongly
 * failed, over many seeds. Not a test (it takes minutes); run it as documented in
 * {@code tck/CONCURRENCY.md}:
 * <pre>
 * java -cp tck/target/classes:tck/target/test-classes:api/target/classes \
 *      dev.raftlog.tck.concurrency.ZooReliabilityRun [runs]
 * </pre>
 */
public final class ZooReliabilityRun {

    private ZooReliabilityRun() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        probe("UnsynchronizedHashMapStore", UnsynchronizedHashMapStore::new, ConcurrencyRule.LS_CONC_05, runs);
        probe("EarlyLastIndexStore", EarlyLastIndexStore::new, ConcurrencyRule.LS_CONC_01, runs);
        probe("RecycledBufferStore", RecycledBufferStore::new, ConcurrencyRule.LS_CONC_02, runs);
        probe("HalfLockedStore", HalfLockedStore::new, ConcurrencyRule.LS_CONC_01, runs);
        int notPassed = 0;
        for (int i = 0; i < 2 * runs; i++) {
            WorkloadMode mode = i % 2 == 0 ? WorkloadMode.RAFT : WorkloadMode.RANDOM;
            ConcurrencyReport r = ConcurrencyCheck.run(InMemoryLogStore::new,
                    ConcurrencyConfig.builder().seed(100 + i).mode(mode).build());
            if (!r.passed()) {
                notPassed++;
                System.out.println(r.summary());
            }
        }
        System.out.println("InMemoryLogStore not passed (false positive or undecided): " + notPassed + "/" + 2 * runs);
    }

    private static void probe(String name, Supplier<LogStore> store, ConcurrencyRule expected, int runs) {
        int caught = 0;
        StringBuilder rules = new StringBuilder();
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            ConcurrencyReport r = ConcurrencyCheck.run(store, ConcurrencyConfig.builder().seed(100 + i).build());
            if (!r.violationsOf(expected).isEmpty()) {
                caught++;
            }
            List<String> ids = r.violations().stream().map(v -> v.rule().id()).distinct().toList();
            rules.append(' ').append(ids);
        }
        System.out.println(name + ": " + expected.id() + " caught in " + caught + "/" + runs + " single runs, "
                + (System.nanoTime() - started) / 1_000_000 / runs + " ms/run; rules reported:" + rules);
    }
}
