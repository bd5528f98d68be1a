package dev.raftlog.decorators;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import dev.raftlog.decorators.recording.CallRecord;
import dev.raftlog.decorators.recording.Recorder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The decorator proper: one LogStore that numbers each call, records it, delays it and fails it
 * as configured, then calls the wrapped store. With nothing configured it forwards directly
 * ({@code inert}), so an unconfigured wrapper costs one predictable branch per call. No lock is
 * taken on any path except a deliberate hang.
 */
final class FaultInjectingStore implements LogStore {

    private static final long LATENCY_STREAM = 1_000_000;

    @FunctionalInterface
    private interface IoCall<R> {
        R call() throws IOException;
    }

    private final LogStore target;
    private final boolean inert;
    private final Latency[] latencies; // by Operation ordinal, null for none
    private final FaultRule[][] rules; // by Operation ordinal
    private final int[][] ruleIds;     // global rule index, parallel to rules
    private final SeededDraws draws;
    private final VirtualClock virtualClock; // null: real time
    private final Recorder recorder;         // null: not recording
    private final FaultLog faultLog;
    private final long builtAtNanos;

    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLongArray opCalls = new AtomicLongArray(Operation.values().length);
    private final AtomicLongArray ruleCalls;
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(1));
    private final AtomicInteger hung = new AtomicInteger();
    private volatile String crashedBy; // null while running

    FaultInjectingStore(LogStore target, Latency[] latencies, List<FaultRule> ruleList, SeededDraws draws,
                        VirtualClock virtualClock, Recorder recorder, int faultLogCapacity) {
        this.target = target;
        this.latencies = latencies.clone();
        this.draws = draws;
        this.virtualClock = virtualClock;
        this.recorder = recorder;
        this.faultLog = new FaultLog(faultLogCapacity);
        this.ruleCalls = new AtomicLongArray(Math.max(1, ruleList.size()));
        int ops = Operation.values().length;
        this.rules = new FaultRule[ops][];
        this.ruleIds = new int[ops][];
        for (Operation op : Operation.values()) {
            List<FaultRule> forOp = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < ruleList.size(); i++) {
                if (ruleList.get(i).operations().contains(op)) {
                    forOp.add(ruleList.get(i));
                    ids.add(i);
                }
            }
            rules[op.ordinal()] = forOp.toArray(new FaultRule[0]);
            ruleIds[op.ordinal()] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        this.inert = recorder == null && ruleList.isEmpty() && Arrays.stream(latencies).allMatch(l -> l == null);
        this.builtAtNanos = now();
    }

    @Override
    public long firstIndex() throws IOException {
        if (inert) {
            return target.firstIndex();
        }
        return call(Operation.FIRST_INDEX, 0, 0, null, null, target::firstIndex);
    }

    @Override
    public long lastIndex() throws IOException {
        if (inert) {
            return target.lastIndex();
        }
        return call(Operation.LAST_INDEX, 0, 0, null, null, target::lastIndex);
    }

    @Override
    public Log getLog(long index) throws IOException {
        if (inert) {
            return target.getLog(index);
        }
        return call(Operation.GET_LOG, index, 0, null, null, () -> target.getLog(index));
    }

    @Override
    public void storeLog(Log log) throws IOException {
        if (inert) {
            target.storeLog(log);
            return;
        }
        call(Operation.STORE_LOG, 0, 0, log, null, () -> {
            target.storeLog(log);
            return null;
        });
    }

    @Override
    public void storeLogs(List<Log> logs) throws IOException {
        if (inert) {
            target.storeLogs(logs);
            return;
        }
        call(Operation.STORE_LOGS, 0, 0, null, logs, () -> {
            target.storeLogs(logs);
            return null;
        });
    }

    @Override
    public void deleteRange(long min, long max) throws IOException {
        if (inert) {
            target.deleteRange(min, max);
            return;
        }
        call(Operation.DELETE_RANGE, min, max, null, null, () -> {
            target.deleteRange(min, max);
            return null;
        });
    }

    @Override
    public boolean isMonotonic() {
        return target.isMonotonic();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }

    /** One call: {@code a}, {@code b}, {@code log} and {@code batch} are the raw arguments of {@code op}. */
    private <R> R call(Operation op, long a, long b, Log log, List<Log> batch, IoCall<R> body) throws IOException {
        long seq = sequence.incrementAndGet();
        // copied before the store sees them, and only when the recorder will keep the call
        List<Object> args = recorder != null && seq <= recorder.capacity() ? args(op, a, b, log, batch) : null;
        int o = op.ordinal();
        long opCall = opCalls.incrementAndGet(o);
        long start = now();
        FaultRule[] opRules = rules[o];
        long[] ruleCall = new long[opRules.length];
        for (int i = 0; i < opRules.length; i++) {
            // A rule on one operation counts that operation's calls: one atomic counter, so the
            // number in the fault log and the number the rule fired on are the same under concurrency.
            ruleCall[i] = opRules[i].singleOperation() ? opCall : ruleCalls.incrementAndGet(ruleIds[o][i]);
        }
        R result = null;
        Throwable error = null;
        String fault = null;
        try {
            String crash = crashedBy;
            if (crash != null) {
                fault = "refused while crashed (crashed by " + crash + ")";
                log(seq, op, opCall, FaultKind.REFUSED_WHILE_CRASHED, crash, "");
                throw new StoreCrashedException("store crashed: refused " + op.methodName() + " call #" + opCall
                        + " (sequence " + seq + "; crashed by rule: " + crash + "; call restart() to recover)",
                        FaultKind.REFUSED_WHILE_CRASHED, crash, seq);
            }
            Latency latency = latencies[o];
            if (latency != null) {
                long delay = latency.sampleNanos(draws.uniform(LATENCY_STREAM + o, opCall));
                log(seq, op, opCall, FaultKind.LATENCY, "latency(" + op + ", " + latency.describe() + ")", delay + " ns");
                pause(delay, op, opCall);
            }
            for (int i = 0; i < opRules.length; i++) {
                FaultRule rule = opRules[i];
                double u = rule.needsDraw() ? draws.uniform(ruleIds[o][i] + 1, ruleCall[i]) : 0;
                if (rule.fires(ruleCall[i], u, now() - builtAtNanos)) {
                    fault = rule.toString();
                    inject(rule, seq, op, opCall, batch);
                }
            }
            result = body.call();
            return result;
        } catch (IOException | RuntimeException | Error e) {
            error = e;
            throw e;
        } finally {
            if (args != null) {
                Thread t = Thread.currentThread();
                recorder.add(new CallRecord(seq, t.getId(), t.getName(), op, args, start, now(),
                        result instanceof Log l ? l.deepCopy() : result, error, fault));
            } else if (recorder != null) { // beyond capacity: the recorder only counts it
                recorder.add(new CallRecord(seq, 0, "", op, List.of(), start, start, null, null, null));
            }
        }
    }

    /** Applies a fired rule: throws for errors, blocks for hangs (then returns so the call proceeds). */
    private void inject(FaultRule rule, long seq, Operation op, long opCall, List<Log> batch) throws IOException {
        String call = op.methodName() + " call #" + opCall + " (sequence " + seq + "; rule: " + rule + ")";
        switch (rule.kind()) {
            case EIO -> {
                log(seq, op, opCall, FaultKind.EIO, rule.toString(), "");
                throw new InjectedIOException("injected EIO on " + call, FaultKind.EIO, rule.toString(), seq);
            }
            case DISK_FULL -> {
                log(seq, op, opCall, FaultKind.DISK_FULL, rule.toString(), "");
                throw new InjectedIOException("No space left on device (injected on " + call + ")",
                        FaultKind.DISK_FULL, rule.toString(), seq);
            }
            case HANG -> {
                log(seq, op, opCall, FaultKind.HANG, rule.toString(), rule.amount() + " ns");
                pause(rule.amount(), op, opCall);
            }
            case HANG_UNTIL_RELEASED -> {
                log(seq, op, opCall, FaultKind.HANG_UNTIL_RELEASED, rule.toString(), "");
                awaitRelease(op, opCall);
            }
            case CRASH_STOP -> {
                crashedBy = rule.toString();
                log(seq, op, opCall, FaultKind.CRASH_STOP, rule.toString(), "");
                throw new StoreCrashedException("injected crash-stop on " + call, FaultKind.CRASH_STOP,
                        rule.toString(), seq);
            }
            case PARTIAL_BATCH -> {
                int k = (int) Math.min(rule.amount(), batch.size());
                target.storeLogs(new ArrayList<>(batch.subList(0, k)));
                String applied = "applied " + k + " of " + batch.size() + " entries"
                        + (k == 0 ? "" : " (indexes " + batch.get(0).index() + ".." + batch.get(k - 1).index() + ")");
                log(seq, op, opCall, FaultKind.PARTIAL_BATCH, rule.toString(), applied);
                throw new InjectedIOException("injected partial batch on " + call + ": " + applied,
                        FaultKind.PARTIAL_BATCH, rule.toString(), seq);
            }
            default -> throw new IllegalStateException("not an error rule kind: " + rule.kind());
        }
    }

    private void log(long seq, Operation op, long opCall, FaultKind kind, String rule, String detail) {
        faultLog.add(new FaultEvent(seq, op, opCall, kind, rule, detail, now()));
    }

    private long now() {
        return virtualClock != null ? virtualClock.nanoTime() : System.nanoTime();
    }

    private void pause(long nanos, Operation op, long opCall) throws InterruptedIOException {
        if (virtualClock != null) {
            virtualClock.advanceNanos(nanos);
            return;
        }
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted during injected delay of " + op.methodName() + " call #" + opCall);
        }
    }

    private void awaitRelease(Operation op, long opCall) throws InterruptedIOException {
        hung.incrementAndGet();
        try {
            gate.get().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hung on " + op.methodName() + " call #" + opCall);
        } finally {
            hung.decrementAndGet();
        }
    }

    // --- control, used by FaultyStore ---

    void release() {
        gate.getAndSet(new CountDownLatch(1)).countDown();
    }

    int hungCalls() {
        return hung.get();
    }

    boolean isCrashed() {
        return crashedBy != null;
    }

    void restart() {
        crashedBy = null;
    }

    List<FaultEvent> faultLog() {
        return faultLog.snapshot();
    }

    long faultLogDropped() {
        return faultLog.dropped();
    }

    private static List<Object> args(Operation op, long a, long b, Log log, List<Log> batch) {
        return switch (op) {
            case FIRST_INDEX, LAST_INDEX -> List.of();
            case GET_LOG -> List.of(a);
            case STORE_LOG -> Collections.singletonList(copy(log));
            case STORE_LOGS -> Collections.singletonList(copies(batch));
            case DELETE_RANGE -> List.of(a, b);
        };
    }

    private static Log copy(Log log) {
        return log == null ? null : log.deepCopy();
    }

    private static List<Log> copies(List<Log> logs) {
        if (logs == null) {
            return null;
        }
        List<Log> out = new ArrayList<>(logs.size());
        for (Log l : logs) {
            out.add(copy(l));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "FaultInjectingStore[" + target + ", seed=" + draws.seed() + "]";
    }
}
