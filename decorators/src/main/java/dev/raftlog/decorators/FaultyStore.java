package dev.raftlog.decorators;

import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.recording.Recorder;
import java.util.List;
import java.util.Optional;

/**
 * A wrapped store and the handle to steer and inspect it: its fault log, its recorder, and the
 * controls for crash-stop ({@link #restart()}) and hangs ({@link #release()}). Thread-safe.
 */
public final class FaultyStore {

    private final LogStore store;
    private final WrappingMode mode;
    private final FaultInjectingStore chain;
    private final Recorder recorder;
    private final VirtualClock virtualClock;
    private final long seed;

    FaultyStore(LogStore store, WrappingMode mode, FaultInjectingStore chain, Recorder recorder,
                VirtualClock virtualClock, long seed) {
        this.store = store;
        this.mode = mode;
        this.chain = chain;
        this.recorder = recorder;
        this.virtualClock = virtualClock;
        this.seed = seed;
    }

    /** The wrapped store to hand to the code under test. */
    public LogStore store() {
        return store;
    }

    /**
     * The wrapped store as {@code view}, e.g. the store's own class when {@link #wrapping()} is
     * {@link WrappingMode#SUBCLASS}, or one of its interfaces.
     *
     * @throws IllegalArgumentException if the wrapper is not a {@code view}, with the reason
     */
    public <S> S store(Class<S> view) {
        if (!view.isInstance(store)) {
            throw new IllegalArgumentException("the wrapper is not a " + view.getName() + ": wrapping mode is " + mode
                    + " (a wrapper is an instance of the store's class only if that class is non-final and has no"
                    + " final public methods; otherwise it implements the store's interfaces)");
        }
        return view.cast(store);
    }

    /** How the wrapper relates to the store's type. */
    public WrappingMode wrapping() {
        return mode;
    }

    /** Every fault injected so far, in order (bounded; see {@link #faultLogDropped()}). */
    public List<FaultEvent> faultLog() {
        return chain.faultLog();
    }

    /** Faults not logged because the fault log was full. */
    public long faultLogDropped() {
        return chain.faultLogDropped();
    }

    /**
     * The call history.
     *
     * @throws IllegalStateException if the wrapper was built without {@code recording()}
     */
    public Recorder recorder() {
        if (recorder == null) {
            throw new IllegalStateException("this wrapper does not record calls; configure it with recording()");
        }
        return recorder;
    }

    /** Whether a crash-stop rule has fired since the last {@link #restart()}. */
    public boolean isCrashed() {
        return chain.isCrashed();
    }

    /** Ends a crash-stop: calls reach the store again. The store keeps whatever it held. */
    public void restart() {
        chain.restart();
    }

    /** Releases every call currently blocked by {@code hangUntilReleased()}; later hangs block again. */
    public void release() {
        chain.release();
    }

    /** Number of calls currently blocked by {@code hangUntilReleased()}. */
    public int hungCalls() {
        return chain.hungCalls();
    }

    /** The virtual clock, when one was configured. */
    public Optional<VirtualClock> virtualClock() {
        return Optional.ofNullable(virtualClock);
    }

    /** The seed of all random decisions; pass it to {@code seed(..)} to replay a run. */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "FaultyStore[seed=" + seed + ", wrapping=" + mode + ", crashed=" + isCrashed() + "]";
    }
}
