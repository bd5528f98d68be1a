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
public final class StatefulOutcome<M, S> {

    private final String propertyName;
    private final PropertyStatus status;
    private final int tries;
    private final int discarded;
    private final long seed;
    private final boolean replayed;
    private final List<Command<M, S>> minimalCommands;
    private final PropertyFailure failure;
    private final PropertyGaveUp gaveUp;

    StatefulOutcome(String propertyName, long seed, SearchResult<?> result, List<Command<M, S>> minimalCommands,
            PropertyFailure failure, PropertyGaveUp gaveUp) {
        this.propertyName = propertyName;
        this.status = result.status();
        this.tries = result.tries();
        this.discarded = result.discarded();
        this.seed = seed;
        this.replayed = result.replayed();
        this.minimalCommands = List.copyOf(minimalCommands);
        this.failure = failure;
        this.gaveUp = gaveUp;
    }

    /** The property's name. */
    public String propertyName() {
        return propertyName;
    }

    /** How the run ended. */
    public PropertyStatus status() {
        return status;
    }

    /** Whether every run passed. */
    public boolean passed() {
        return status == PropertyStatus.PASSED;
    }

    /** Runs (tries) made, not counting discarded ones. */
    public int tries() {
        return tries;
    }

    /** Runs discarded by filters, assumptions or the choice limit. */
    public int discarded() {
        return discarded;
    }

    /** The seed the search used. */
    public long seed() {
        return seed;
    }

    /** Whether a replay token was run instead of a search. */
    public boolean replayed() {
        return replayed;
    }

    /** The minimal failing command sequence, the failing step last; empty unless failed. */
    public List<Command<M, S>> minimalCommands() {
        return minimalCommands;
    }

    /** The reproducing JUnit test of the minimal sequence, when the property failed. */
    public Optional<String> javaCode() {
        return failure == null ? Optional.empty() : failure.javaCode();
    }

    /** The failure, when the property failed. */
    public Optional<PropertyFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Returns normally if the property passed.
     *
     * @throws PropertyFailure if it failed
     * @throws PropertyGaveUp if it gave up
     */
    public void assertPassed() {
        if (failure != null) {
            throw failure;
        }
        if (gaveUp != null) {
            throw gaveUp;
        }
    }

    @Override
    public String toString() {
        return "StatefulOutcome[" + propertyName + ": " + status + ", tries=" + tries + ", discarded="
                + discarded + ", seed=" + seed + (replayed ? ", replayed" : "") + ", minimalCommands="
                + minimalCommands.size() + "]";
    }
}
