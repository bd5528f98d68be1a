package dev.raftlog.decorators;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An error rule: on which operations, when (the trigger) and what (the kind). Immutable; built
 * in three steps, each argument checked at once:
 *
 * <pre>{@code
 * FaultRule.on(Operation.STORE_LOGS).onNthCall(3).eio()
 * FaultRule.on(Operation.GET_LOG, Operation.LAST_INDEX).withProbability(0.01).diskFull()
 * FaultRule.on(Operation.STORE_LOGS).everyNthCall(10).partialBatch(2)
 * FaultRule.onAny().afterElapsed(Duration.ofSeconds(5)).crashStop()
 * }</pre>
 *
 * <p>Call numbers count the calls to this rule's operations that the wrapper received since it
 * was built (from 1), including calls refused while crashed and calls another rule failed. For
 * a rule on one operation that is the operation's call number, as in the fault log and in
 * messages ("storeLogs call #3"); a rule on several operations counts their calls together.
 * The elapsed time of {@link Target#afterElapsed(Duration)} is measured on the wrapper's clock
 * (the virtual clock when one is configured) from {@code build()}.
 */
public final class FaultRule {

    enum Trigger { PROBABILITY, NTH_CALL, EVERY_NTH_CALL, AFTER_ELAPSED, CALLS, ALWAYS }

    private final Set<Operation> ops;
    private final Trigger trigger;
    private final double probability;
    private final long n;
    private final long[] calls;
    private final FaultKind kind;
    private final long amount; // hang nanos, or entries a partial batch applies
    private final String description;

    private FaultRule(Target t, Triggered g, FaultKind kind, long amount, String kindText) {
        this.ops = t.ops;
        this.trigger = g.trigger;
        this.probability = g.probability;
        this.n = g.n;
        this.calls = g.calls;
        this.kind = kind;
        this.amount = amount;
        this.description = g.description + "." + kindText;
    }

    /** A rule for the given operations. */
    public static Target on(Operation first, Operation... more) {
        return new Target(EnumSet.of(first, more));
    }

    /** A rule for all six operations. */
    public static Target onAny() {
        return new Target(EnumSet.allOf(Operation.class));
    }

    /** The operations this rule applies to. */
    public Set<Operation> operations() {
        return Set.copyOf(ops);
    }

    /** What this rule injects. */
    public FaultKind kind() {
        return kind;
    }

    boolean singleOperation() {
        return ops.size() == 1;
    }

    boolean needsDraw() {
        return trigger == Trigger.PROBABILITY;
    }

    long amount() {
        return amount;
    }

    /** Whether the rule fires on its {@code ruleCall}-th call, given a uniform draw and the elapsed nanos. */
    boolean fires(long ruleCall, double u, long elapsedNanos) {
        return switch (trigger) {
            case PROBABILITY -> u < probability;
            case NTH_CALL -> ruleCall == n;
            case EVERY_NTH_CALL -> ruleCall % n == 0;
            case AFTER_ELAPSED -> elapsedNanos >= n;
            case CALLS -> Arrays.binarySearch(calls, ruleCall) >= 0;
            case ALWAYS -> true;
        };
    }

    /** The rule as it was written, e.g. {@code "failing(STORE_LOGS).onNthCall(3).eio()"}. */
    @Override
    public String toString() {
        return description;
    }

    /** First step: the operations are chosen; choose when the rule fires. */
    public static final class Target {
        private final Set<Operation> ops;
        private final String prefix;

        private Target(Set<Operation> ops) {
            this.ops = ops;
            this.prefix = ops.size() == Operation.values().length ? "failing(ANY)"
                    : "failing(" + ops.stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
        }

        /** Fires on each call independently with probability {@code p} in [0, 1], from the wrapper's seed. */
        public Triggered withProbability(double p) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("fault probability must be in [0, 1], was " + p);
            }
            return new Triggered(this, Trigger.PROBABILITY, p, 0, null, ".withProbability(" + p + ")");
        }

        /** Fires on the {@code n}-th call only (n >= 1). */
        public Triggered onNthCall(long n) {
            positive("onNthCall", n);
            return new Triggered(this, Trigger.NTH_CALL, 0, n, null, ".onNthCall(" + n + ")");
        }

        /** Fires on calls n, 2n, 3n, ... (n >= 1). */
        public Triggered everyNthCall(long n) {
            positive("everyNthCall", n);
            return new Triggered(this, Trigger.EVERY_NTH_CALL, 0, n, null, ".everyNthCall(" + n + ")");
        }

        /** Fires on every call once {@code elapsed} has passed on the wrapper's clock since build. */
        public Triggered afterElapsed(Duration elapsed) {
            if (elapsed == null || elapsed.isNegative()) {
                throw new IllegalArgumentException("afterElapsed needs a non-negative duration, was " + elapsed);
            }
            return new Triggered(this, Trigger.AFTER_ELAPSED, 0, elapsed.toNanos(), null,
                    ".afterElapsed(" + elapsed + ")");
        }

        /** Fires on exactly the listed call numbers (an explicit schedule; each >= 1, at least one). */
        public Triggered onCalls(long... callNumbers) {
            if (callNumbers == null || callNumbers.length == 0) {
                throw new IllegalArgumentException("onCalls needs at least one call number");
            }
            long[] sorted = callNumbers.clone();
            Arrays.sort(sorted);
            for (long c : sorted) {
                positive("onCalls", c);
            }
            return new Triggered(this, Trigger.CALLS, 0, 0, sorted, ".onCalls(" + Arrays.toString(callNumbers) + ")");
        }

        /** Fires on every call. */
        public Triggered always() {
            return new Triggered(this, Trigger.ALWAYS, 0, 0, null, ".always()");
        }

        private static void positive(String what, long n) {
            if (n < 1) {
                throw new IllegalArgumentException(what + " call numbers start at 1, was " + n);
            }
        }
    }

    /** Second step: the trigger is chosen; choose what is injected. */
    public static final class Triggered {
        private final Target target;
        private final Trigger trigger;
        private final double probability;
        private final long n;
        private final long[] calls;
        private final String description;

        private Triggered(Target target, Trigger trigger, double probability, long n, long[] calls, String text) {
            this.target = target;
            this.trigger = trigger;
            this.probability = probability;
            this.n = n;
            this.calls = calls;
            this.description = target.prefix + text;
        }

        /** An {@link InjectedIOException} like EIO; the store is not called. */
        public FaultRule eio() {
            return new FaultRule(target, this, FaultKind.EIO, 0, "eio()");
        }

        /** An {@link InjectedIOException} "No space left on device"; the store is not called. */
        public FaultRule diskFull() {
            return new FaultRule(target, this, FaultKind.DISK_FULL, 0, "diskFull()");
        }

        /** Blocks the call for {@code duration} (virtual time with a virtual clock), then lets it proceed. */
        public FaultRule hang(Duration duration) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("hang needs a non-negative duration, was " + duration);
            }
            return new FaultRule(target, this, FaultKind.HANG, duration.toNanos(), "hang(" + duration + ")");
        }

        /** Blocks the call (in real time) until {@link FaultyStore#release()}, then lets it proceed. */
        public FaultRule hangUntilReleased() {
            return new FaultRule(target, this, FaultKind.HANG_UNTIL_RELEASED, 0, "hangUntilReleased()");
        }

        /** Crashes the store: this and every later call throw {@link StoreCrashedException} until {@link FaultyStore#restart()}. */
        public FaultRule crashStop() {
            return new FaultRule(target, this, FaultKind.CRASH_STOP, 0, "crashStop()");
        }

        /**
         * {@code storeLogs} stores the first {@code k} entries of the batch, then throws
         * {@link InjectedIOException}: the non-atomic store a consumer must survive. A batch of
         * {@code k} or fewer entries is stored whole and the call still fails (a write that
         * landed but whose acknowledgement was lost). Only for {@link Operation#STORE_LOGS}.
         *
         * @throws IllegalArgumentException if {@code k < 0} or the rule covers another operation
         */
        public FaultRule partialBatch(int k) {
            if (k < 0) {
                throw new IllegalArgumentException("partialBatch needs k >= 0 entries to apply, was " + k);
            }
            if (!target.ops.equals(EnumSet.of(Operation.STORE_LOGS))) {
                throw new IllegalArgumentException("partialBatch applies only to STORE_LOGS, but the rule covers "
                        + target.ops);
            }
            return new FaultRule(target, this, FaultKind.PARTIAL_BATCH, k, "partialBatch(" + k + ")");
        }
    }
}
