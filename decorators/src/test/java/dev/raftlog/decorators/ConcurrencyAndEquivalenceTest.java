package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyAndEquivalenceTest {

    @Test
    void callCountingIsExactUnderConcurrentCalls() throws Exception {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.LAST_INDEX).everyNthCall(10).eio()).buildWithControl();
        int threads = 4;
        int perThread = 2_500;
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    try {
                        faulty.store().lastIndex();
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            th.start();
            ts.add(th);
        }
        go.countDown();
        for (Thread th : ts) {
            th.join();
        }
        assertThat(failures.get()).isEqualTo(threads * perThread / 10);
        assertThat(faulty.faultLog()).hasSize(threads * perThread / 10)
                .extracting(FaultEvent::opCall).allMatch(n -> n % 10 == 0).doesNotHaveDuplicates();
    }

    /** A latency-only wrapper must not change what a store does: same random workload, same answers. */
    @Test
    void latencyOnlyWrapperBehavesLikeTheStoreItWraps() {
        LogStore plain = new InMemoryLogStore();
        VirtualClock clock = new VirtualClock();
        LogStore wrapped = Faults.wrap(new InMemoryLogStore())
                .latency(Latency.exponential(Duration.ofMillis(1))).recording()
                .virtualClock(clock).seed(3).build();
        SplittableRandom r = new SplittableRandom(11);
        for (int step = 0; step < 3_000; step++) {
            long seed = r.nextLong();
            assertThat(outcome(wrapped, new SplittableRandom(seed)))
                    .as("step %d", step)
                    .isEqualTo(outcome(plain, new SplittableRandom(seed)));
        }
        assertThat(clock.nanoTime()).isPositive();
    }

    /** One random operation (including invalid arguments) and how it ended, as text. */
    private static String outcome(LogStore store, SplittableRandom r) {
        try {
            switch (r.nextInt(6)) {
                case 0:
                    return "first " + store.firstIndex();
                case 1:
                    return "last " + store.lastIndex();
                case 2:
                    return "get " + store.getLog(r.nextLong(-1, 60));
                case 3:
                    store.storeLog(Log.command(r.nextLong(1, 60), r.nextLong(0, 3), new byte[] {(byte) r.nextInt()}));
                    return "stored";
                case 4:
                    long from = r.nextLong(1, 60);
                    List<Log> batch = new ArrayList<>();
                    for (long i = from; i < from + r.nextInt(0, 5); i++) {
                        batch.add(Log.of(i, 1));
                    }
                    if (r.nextInt(10) == 0) {
                        batch.add(null);
                    }
                    store.storeLogs(batch);
                    return "stored batch";
                default:
                    store.deleteRange(r.nextLong(-1, 60), r.nextLong(-1, 60));
                    return "deleted";
            }
        } catch (IOException | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
