package dev.raftlog.decorators;

import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import dev.raftlog.decorators.recording.Recorder;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration of one wrapper, from {@link Faults#wrap(LogStore)}. Every setter checks its
 * argument at once and throws {@link IllegalArgumentException} naming the problem, so a bad
 * configuration never produces a wrapper. Not thread-safe; the built wrapper is.
 */
public final class FaultsBuilder {

    /** Default bound of the fault log. */
    public static final int DEFAULT_FAULT_LOG_CAPACITY = 100_000;

    private final LogStore store;
    private final Latency[] latencies = new Latency[Operation.values().length];
    private final List<FaultRule> rules = new ArrayList<>();
    private Long seed;
    private VirtualClock virtualClock;
    private int recordingCapacity; // 0: off
    private int faultLogCapacity = DEFAULT_FAULT_LOG_CAPACITY;
    private boolean typePreserving = true;

    FaultsBuilder(LogStore store) {
        this.store = store;
    }

    /** Delays every call of {@code op} by a draw from {@code latency}; replaces an earlier setting for {@code op}. */
    public FaultsBuilder latency(Operation op, Latency latency) {
        latencies[required(op, "operation").ordinal()] = required(latency, "latency");
        return this;
    }

    /** Delays every call of every operation by a draw from {@code latency}; per-operation settings made later win. */
    public FaultsBuilder latency(Latency latency) {
        required(latency, "latency");
        for (Operation op : Operation.values()) {
            latencies[op.ordinal()] = latency;
        }
        return this;
    }

    /** Adds an error rule. Rules are checked in the order added; the first that throws ends the call. */
    public FaultsBuilder failing(FaultRule rule) {
        rules.add(required(rule, "fault rule"));
        return this;
    }

    /** Records every call, keeping the first {@link Recorder#DEFAULT_CAPACITY}. */
    public FaultsBuilder recording() {
        return recording(Recorder.DEFAULT_CAPACITY);
    }

    /**
     * Records every call, keeping the first {@code capacity} (later ones are counted as dropped).
     *
     * @throws IllegalArgumentException if {@code capacity < 1}
     */
    public FaultsBuilder recording(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("recording capacity must be at least 1, was " + capacity);
        }
        this.recordingCapacity = capacity;
        return this;
    }

    /** The seed of every random decision (latency draws, probability rules). Without one, a random seed is chosen and reported by {@link FaultyStore#seed()}. */
    public FaultsBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Advances {@code clock} instead of sleeping, and timestamps calls and faults with it. */
    public FaultsBuilder virtualClock(VirtualClock clock) {
        this.virtualClock = required(clock, "virtual clock");
        return this;
    }

    /**
     * Bounds the fault log (first {@code capacity} faults kept, the rest counted).
     *
     * @throws IllegalArgumentException if {@code capacity < 1}
     */
    public FaultsBuilder faultLogCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("fault log capacity must be at least 1, was " + capacity);
        }
        this.faultLogCapacity = capacity;
        return this;
    }

    /** Whether the wrapper keeps the store's class and interfaces (default true); false gives a plain {@code LogStore}. */
    public FaultsBuilder typePreserving(boolean enabled) {
        this.typePreserving = enabled;
        return this;
    }

    /** The wrapped store (see {@link #buildWithControl()} for the control handle). */
    public LogStore build() {
        return buildWithControl().store();
    }

    /**
     * The wrapped store as {@code view} (the store's own class, or one of its interfaces).
     *
     * @throws IllegalArgumentException if the wrapper cannot be a {@code view}, saying why
     */
    public <S> S build(Class<S> view) {
        return buildWithControl().store(view);
    }

    /** The wrapped store together with its fault log, recorder and crash/hang controls. */
    public FaultyStore buildWithControl() {
        long s = seed != null ? seed : System.nanoTime() ^ Thread.currentThread().getId();
        Recorder recorder = recordingCapacity > 0 ? new Recorder(recordingCapacity) : null;
        FaultInjectingStore chain = new FaultInjectingStore(store, latencies, List.copyOf(rules), new SeededDraws(s),
                virtualClock, recorder, faultLogCapacity);
        TypePreservingProxy.Wrapped outward = typePreserving
                ? TypePreservingProxy.wrap(store, chain)
                : new TypePreservingProxy.Wrapped(chain, WrappingMode.PLAIN);
        return new FaultyStore(outward.store(), outward.mode(), chain, recorder, virtualClock, s);
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }
}
