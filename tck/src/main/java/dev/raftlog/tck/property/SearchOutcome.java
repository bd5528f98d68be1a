package dev.raftlog.tck.property;

import java.util.Optional;

/**
 * What every property run ends with, whatever it generated: passed, failed or gave up, with its
 * counts and seed. {@link PropertyOutcome} and {@link StatefulOutcome} add their counterexample.
 */
public abstract class SearchOutcome {

    private final String propertyName;
    private final PropertyStatus status;
    private final int tries;
    private final int discarded;
    private final long seed;
    private final boolean replayed;
    private final PropertyFailure failure;
    private final PropertyGaveUp gaveUp;

    SearchOutcome(String propertyName, long seed, SearchResult<?> result, PropertyFailure failure, PropertyGaveUp gaveUp) {
        this.propertyName = propertyName;
        this.status = result.status();
        this.tries = result.tries();
        this.discarded = result.discarded();
        this.seed = seed;
        this.replayed = result.replayed();
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

    /** Whether every try passed. */
    public boolean passed() {
        return status == PropertyStatus.PASSED;
    }

    /** Tries run (not discarded), including a failing one. */
    public int tries() {
        return tries;
    }

    /** Tries discarded by filters, assumptions or the choice limit. */
    public int discarded() {
        return discarded;
    }

    /** The seed the run used. */
    public long seed() {
        return seed;
    }

    /** Whether a replay token was run instead of a search. */
    public boolean replayed() {
        return replayed;
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

    /** "name: STATUS, tries=..., discarded=..., seed=..." for toString. */
    String describe() {
        return propertyName + ": " + status + ", tries=" + tries + ", discarded=" + discarded + ", seed=" + seed
                + (replayed ? ", replayed" : "");
    }
}
