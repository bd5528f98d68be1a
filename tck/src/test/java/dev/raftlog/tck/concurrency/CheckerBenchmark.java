package dev.raftlog.tck.concurrency;

import dev.raftlog.api.InMemoryLogStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the checker on 10,000-call histories from 8 threads: recorded from InMemoryLogStore
 * under the RAFT workload, and synthetic ones where every thread overlaps all the time. Not a
 * test (speed is never asserted in tests); run it as documented in {@code tck/CONCURRENCY.md}:
 * <pre>
 * mvn -B -q -pl tck -am test-compile
 * java -cp tck/target/classes:tck/target/test-classes:api/target/classes \
 *      dev.raftlog.tck.concurrency.CheckerBenchmark [rounds]
 * </pre>
 */
public final class CheckerBenchmark {

    private CheckerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ConcurrencyConfig config = ConcurrencyConfig.builder().checkTimeLimit(java.time.Duration.ofSeconds(60)).build();
        System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version"));
        // Warm up the JIT on a few small histories first, as a long test run would.
        for (int i = 0; i < 3; i++) {
            ConcurrencyCheck.check(SyntheticHistory.generate(8, 2_000, 100 + i), config);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            WorkloadRunner.Run run = WorkloadRunner.run(new InMemoryLogStore(), config);
            rows.add(measure("recorded RAFT (InMemoryLogStore) seed " + r, run.history(), config));
            config = config.toBuilder().seed(r + 2).build();
        }
        for (int r = 0; r < rounds; r++) {
            ConcurrencyConfig random = config.toBuilder().mode(WorkloadMode.RANDOM).seed(r).build();
            WorkloadRunner.Run run = WorkloadRunner.run(new InMemoryLogStore(), random);
            rows.add(measure("recorded RANDOM (InMemoryLogStore) seed " + r, run.history(), random));
        }
        for (int r = 0; r < rounds; r++) {
            rows.add(measure("synthetic 8-way overlap seed " + r, SyntheticHistory.generate(8, 10_000, r), config));
        }
        for (int r = 0; r < rounds; r++) {
            History h = SyntheticHistory.generate(8, 10_000, r);
            List<Call> calls = new ArrayList<>(h.calls());
            int victim = calls.size() * 3 / 4;
            while (calls.get(victim).kind() != OpKind.GET_LOG || calls.get(victim).outcome() != Outcome.OK) {
                victim++;
            }
            Call read = calls.get(victim);
            calls.set(victim, Call.getLog(read.thread(), read.index(),
                    new EntryFingerprint(read.index(), 777, 1), read.start(), read.end()));
            rows.add(measure("synthetic, one corrupted read, seed " + r, History.of(calls), config));
        }
        for (int r = 0; r < rounds; r++) {
            History h = SyntheticHistory.generate(8, 10_000, r);
            List<Call> calls = new ArrayList<>(h.calls());
            int victim = calls.size() * 3 / 4;
            while (calls.get(victim).kind() != OpKind.LAST_INDEX || calls.get(victim).value() < 2) {
                victim++;
            }
            Call poll = calls.get(victim);
            calls.set(victim, Call.lastIndex(poll.thread(), poll.value() - 1, poll.start(), poll.end()));
            rows.add(measure("synthetic, one lastIndex off by one, seed " + r, History.of(calls), config));
        }
        rows.forEach(System.out::println);
    }

    private static String measure(String name, History h, ConcurrencyConfig config) {
        long t0 = System.nanoTime();
        ConcurrencyReport report = ConcurrencyCheck.check(h, config);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String verdict = report.passed() ? "PASSED" : report.isConclusive() ? "FAILED " + report.violations().stream()
                .map(v -> v.rule().id()).distinct().toList() : "UNDECIDED";
        return String.format(Locale.ROOT, "%-44s calls=%5d threads=%d segments=%5d steps=%9d check=%6d ms  %s",
                name, h.size(), h.threadCount(), report.segments(), report.searchSteps(), ms, verdict);
    }
}
