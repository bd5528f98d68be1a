package dev.raftlog.tck.property;

import java.util.Optional;

/**
 * The result of {@link Property#run}: passed, failed (with the shrunk counterexample) or gave
 * up. {@link #assertPassed()} turns it into the exception {@link Property#check} would throw.
 *
 * @param <T> the type of generated values
 */
public final class PropertyOutcome<T> extends SearchOutcome {

    private final T counterexample;

    PropertyOutcome(String propertyName, long seed, SearchResult<?> result, T counterexample,
            PropertyFailure failure, PropertyGaveUp gaveUp) {
        super(propertyName, seed, result, failure, gaveUp);
        this.counterexample = counterexample;
    }

    /** The minimal counterexample, when the property failed (empty if it is {@code null}). */
    public Optional<T> counterexample() {
        return Optional.ofNullable(counterexample);
    }

    @Override
    public String toString() {
        return "PropertyOutcome[" + describe() + "]";
    }
}
