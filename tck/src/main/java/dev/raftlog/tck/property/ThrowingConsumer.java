package dev.raftlog.tck.property;

/**
 * The body of a property: checks one generated value and throws (typically an
 * {@link AssertionError}) when the property does not hold for it.
 *
 * @param <T> the type of the checked value
 */
@FunctionalInterface
public interface ThrowingConsumer<T> {

    /** Checks {@code value}; returns normally when the property holds. */
    void accept(T value) throws Throwable;
}
