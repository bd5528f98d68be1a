package dev.raftlog.tck.concurrency;

import dev.raftlog.api.LogStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a workload against one store: starts the threads, lets them meet at barriers (the
 * quiescent points the checker cuts at), and watches every call in flight. A call older than
 * the call timeout stops the run: the stacks of the stuck threads are taken for the report,
 * the other threads are released, and the stuck call enters the history as PENDING. Worker
 * threads are daemons, so a store that never returns cannot keep the JVM alive.
 */
final class WorkloadRunner {

    /** The recorded history, and the stacks of threads that never returned (or null). */
    record Run(History history, String stuckThreads, long runNanos) {
    }

    private static final long WATCH_INTERVAL_MS = 20;

    private WorkloadRunner() {
    }

    static Run run(LogStore store, ConcurrencyConfig config) throws InterruptedException {
        long origin = System.nanoTime();
        List<RecordingClient> clients = new ArrayList<>();
        for (int t = 1; t <= config.threads(); t++) {
            clients.add(new RecordingClient(t, WorkloadRole.roleName(config, t), store, origin));
        }
        List<WorkloadRole> roles = WorkloadRole.forRun(config, clients);
        long deadline = config.duration() == null ? Long.MAX_VALUE : origin + config.duration().toNanos();
        boolean[] timeUp = new boolean[1];
        // The barrier action runs once per round, before any thread continues: every thread
        // reads the same verdict on the deadline, so they all stop after the same round.
        YieldingBarrier barrier = new YieldingBarrier(config.threads(), () -> timeUp[0] = System.nanoTime() - deadline > 0);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            WorkloadRole role = roles.get(i);
            Thread thread = new Thread(() -> drive(role, config, barrier, timeUp, deadline),
                    "raftlog-conc-" + role.client.thread() + "-" + role.client.role());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        String stuck = watch(threads, clients, barrier, config.callTimeout().toNanos());
        long runNanos = System.nanoTime() - origin;
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            RecordingClient c = clients.get(i);
            Thread thread = threads.get(i);
            Call pending = thread.isAlive() ? c.inFlight() : null;
            calls.addAll(c.calls());
            if (pending != null) {
                calls.add(pending);
            }
        }
        return new Run(History.of(calls), stuck, runNanos);
    }

    private static void drive(WorkloadRole role, ConcurrencyConfig config, YieldingBarrier barrier,
                              boolean[] timeUp, long deadline) {
        int every = config.quiescenceEvery();
        // Everyone starts together, so the first calls already overlap.
        if (!barrier.await()) {
            return;
        }
        for (int op = 0; op < config.operationsPerThread(); op++) {
            if (Thread.currentThread().isInterrupted()) {
                return; // released by the watchdog after another thread hung
            }
            if (every > 0 && op % every == 0 && op > 0) {
                if (!barrier.await() || timeUp[0]) {
                    return;
                }
            } else if (every == 0 && System.nanoTime() - deadline > 0) {
                return;
            }
            if ((op & 15) == 15) {
                Thread.yield(); // reshuffle which threads share the cores
            }
            role.step();
        }
    }

    /** Waits for the threads; returns the stuck threads' stacks if a call outlived the timeout. */
    private static String watch(List<Thread> threads, List<RecordingClient> clients, YieldingBarrier barrier,
                                long timeoutNanos) throws InterruptedException {
        while (true) {
            boolean anyAlive = false;
            for (Thread t : threads) {
                anyAlive |= t.isAlive();
            }
            if (!anyAlive) {
                return null;
            }
            long now = System.nanoTime();
            StringBuilder dump = new StringBuilder();
            for (int i = 0; i < clients.size(); i++) {
                Call c = clients.get(i).inFlight();
                if (c != null && stuckFor(clients.get(i), c, now) > timeoutNanos) {
                    Thread t = threads.get(i);
                    dump.append('"').append(t.getName()).append("\" in ").append(c.label()).append(", state ")
                            .append(t.getState()).append('\n');
                    for (StackTraceElement e : t.getStackTrace()) {
                        dump.append("    at ").append(e).append('\n');
                    }
                }
            }
            if (dump.length() > 0) {
                barrier.breakBarrier();
                for (Thread t : threads) {
                    t.interrupt();
                }
                for (Thread t : threads) {
                    t.join(TimeUnit.SECONDS.toMillis(1));
                }
                return dump.toString();
            }
            Thread.sleep(WATCH_INTERVAL_MS);
        }
    }

    private static long stuckFor(RecordingClient client, Call c, long now) {
        return now - client.originNanos() - c.start();
    }
}
