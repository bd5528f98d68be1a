package dev.raftlog.tck.property;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link StatefulProperty#run}: passed, failed (with the minimal command list and
 * a reproducing test) or gave up.
 *
 * @param <M> the model type
 * @param <S> the system type
 */
public final class StatefulOutcome<M, S> extends SearchOutcome {

    private final List<Command<M, S>> minimalCommands;

    StatefulOutcome(String propertyName, long seed, SearchResult<?> result, List<Command<M, S>> minimalCommands,
            PropertyFailure failure, PropertyGaveUp gaveUp) {
        super(propertyName, seed, result, failure, gaveUp);
        this.minimalCommands = List.copyOf(minimalCommands);
    }

    /** The minimal failing command sequence, the failing step last; empty unless failed. */
    public List<Command<M, S>> minimalCommands() {
        return minimalCommands;
    }

    /** The reproducing JUnit test of the minimal sequence, when the property failed. */
    public Optional<String> javaCode() {
        return failure().flatMap(PropertyFailure::javaCode);
    }

    @Override
    public String toString() {
        return "StatefulOutcome[" + describe() + ", minimalCommands=" + minimalCommands.size() + "]";
    }
}
