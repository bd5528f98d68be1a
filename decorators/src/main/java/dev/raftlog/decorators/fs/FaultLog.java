package dev.raftlog.decorators.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered record of every fault decision one {@link FaultyFileSystem} took. Two runs of the
 * same workload with the same seeds produce equal logs; that is how a failure is replayed.
 * Thread-safe.
 */
public final class FaultLog {

    private final List<FaultEvent> events = new ArrayList<>();

    FaultLog() {
    }

    synchronized void add(FaultEvent event) {
        events.add(event);
    }

    /** A copy of the events so far, oldest first. */
    public synchronized List<FaultEvent> events() {
        return List.copyOf(events);
    }

    /** The events so far of the given kind, oldest first. */
    public synchronized List<FaultEvent> events(FaultEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** One event per line, for failure messages. */
    @Override
    public synchronized String toString() {
        StringBuilder s = new StringBuilder();
        for (FaultEvent e : events) {
            s.append(e).append('\n');
        }
        return s.toString();
    }
}
