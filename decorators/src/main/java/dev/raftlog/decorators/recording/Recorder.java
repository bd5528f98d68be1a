package dev.raftlog.decorators.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded, thread-safe history of calls.
 *
 * <p><b>Bounding: stop at capacity.</b> The first {@code capacity} calls (by
 * {@link CallRecord#sequence()}, i.e. by start order) are kept; later ones are counted in
 * {@link #dropped()} and otherwise ignored. A ring buffer was rejected because it keeps a
 * suffix whose oldest calls may have overlapped forgotten ones, which a checker cannot use;
 * a prefix is a complete history of its calls. {@link #isComplete()} tells whether anything was
 * dropped.
 *
 * <p>Recording takes no lock: each call writes its own slot (its sequence number minus one).
 * {@link #history()} lists the calls that have <em>completed</em>; a call still running when the
 * snapshot is taken is missing from it, so take the snapshot after the workload has stopped.
 */
public final class Recorder {

    /** Default capacity of {@code Faults.wrap(..).recording()}. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final AtomicReferenceArray<CallRecord> slots;
    private final AtomicLong dropped = new AtomicLong();

    /**
     * An empty recorder keeping up to {@code capacity} calls.
     *
     * @throws IllegalArgumentException if {@code capacity < 1}
     */
    public Recorder(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("recorder capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /**
     * Stores a completed call in the slot of its sequence number, or counts it as dropped when
     * the sequence number is beyond the capacity.
     *
     * @throws IllegalArgumentException if {@code sequence < 1} or the slot is already taken
     */
    public void add(CallRecord call) {
        long seq = call.sequence();
        if (seq < 1) {
            throw new IllegalArgumentException("call sequence numbers start at 1, was " + seq);
        }
        if (seq > capacity) {
            dropped.incrementAndGet();
            return;
        }
        if (!slots.compareAndSet((int) (seq - 1), null, call)) {
            throw new IllegalArgumentException("call #" + seq + " was recorded twice");
        }
    }

    /** The maximum number of calls kept. */
    public int capacity() {
        return capacity;
    }

    /** Calls not kept because the recorder was full. */
    public long dropped() {
        return dropped.get();
    }

    /** True when no call has been dropped, so {@link #history()} holds every completed call. */
    public boolean isComplete() {
        return dropped.get() == 0;
    }

    /** A snapshot of the completed calls, in sequence (start) order; unmodifiable. */
    public List<CallRecord> history() {
        List<CallRecord> out = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            CallRecord r = slots.get(i);
            if (r != null) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Writes {@link #history()} as JSON lines, one object per call, for reports and external
     * checkers. Byte arrays are base64; the format is documented in the module README.
     */
    public void toJsonLines(Writer out) throws IOException {
        for (CallRecord r : history()) {
            out.write(CallRecordJson.toJson(r));
            out.write('\n');
        }
        out.flush();
    }

    /** {@link #toJsonLines(Writer)} into a String. */
    public String toJsonLines() {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            toJsonLines(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return w.toString();
    }
}
