package dev.raftlog.decorators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Bounded, lock-free log of injected faults; keeps the first {@code capacity} and counts the rest. */
final class FaultLog {

    private final AtomicReferenceArray<FaultEvent> events;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    FaultLog(int capacity) {
        this.events = new AtomicReferenceArray<>(capacity);
    }

    void add(FaultEvent e) {
        int i = next.getAndIncrement();
        if (i < 0 || i >= events.length()) {
            next.decrementAndGet(); // keep the counter from overflowing under endless faults
            dropped.incrementAndGet();
            return;
        }
        events.set(i, e);
    }

    List<FaultEvent> snapshot() {
        int n = Math.min(next.get(), events.length());
        List<FaultEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FaultEvent e = events.get(i);
            if (e != null) { // a slot claimed but not yet written by a running call
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    long dropped() {
        return dropped.get();
    }
}
