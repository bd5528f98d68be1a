package dev.raftlog.tck.concurrency;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable barrier whose waiters spin with {@link Thread#yield()} instead of parking. Parked
 * threads wake one after another, tens of microseconds apart, and on a small machine each one
 * finishes its round before the next is awake, so the "concurrent" workload would run one
 * thread at a time. Yielding waiters are all runnable the moment the barrier opens and the
 * scheduler interleaves them finely, which is what makes races show.
 */
final class YieldingBarrier {

    private final int parties;
    private final Runnable onOpen;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;
    private volatile boolean broken;

    YieldingBarrier(int parties, Runnable onOpen) {
        this.parties = parties;
        this.onOpen = onOpen;
    }

    /**
     * Waits until all parties have arrived.
     *
     * @return false if the barrier was broken (the run is being stopped)
     */
    boolean await() {
        int gen = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            onOpen.run();
            generation = gen + 1;
            return !broken;
        }
        while (generation == gen) {
            if (broken || Thread.currentThread().isInterrupted()) {
                return false;
            }
            Thread.yield();
        }
        return !broken;
    }

    /** Releases every waiter, now and in future, with {@code false}. */
    void breakBarrier() {
        broken = true;
    }
}
