package dev.raftlog.reference;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.crash.CrashSuite;
import dev.raftlog.tck.crash.CrashSummary;

/**
 * Measures the crash suite's speed on FileLogStore (crash states checked per second); a main,
 * never a unit test. Arguments: [random workloads, default 40] [rounds, default 3] [exhaustive: true|false].
 * The first round warms the JVM up.
 */
public final class CrashSuiteSpeed {
    private CrashSuiteSpeed() {
    }

    public static void main(String[] args) {
        int workloads = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean exhaustive = args.length <= 2 || Boolean.parseBoolean(args[2]);
        StoreFactory factory = StoreFactory.durable(FileLogStore::open).describedAs("FileLogStore");
        for (int r = 0; r < rounds; r++) {
            CrashSummary s = CrashSuite.campaign(factory, 1000 + r, workloads, exhaustive);
            System.out.println((r == 0 ? "warm-up: " : "round " + r + ": ") + s);
            if (s.violation() != null) {
                System.out.println(s.violation().getMessage());
                return;
            }
        }
        long t = System.nanoTime();
        CrashSuite.checkCorruption(factory);
        CrashSuite.checkFsyncFailure(factory);
        CrashSuite.checkDiskFull(factory);
        System.out.printf("corruption + fsync failure + disk full checks: %.2f s%n", (System.nanoTime() - t) / 1e9);
    }
}
