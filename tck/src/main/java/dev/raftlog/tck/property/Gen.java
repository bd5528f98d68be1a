package dev.raftlog.tck.property;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}, built only from {@link Choices}. Because every
 * random decision is a recorded choice, any generator shrinks and replays for free; factories
 * for common types are in {@link Gens}.
 *
 * <p>A generator must be deterministic: the same choices must give an equal value. It must not
 * keep state between calls.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** Draws one value from {@code choices}. */
    T generate(Choices choices);

    /** A generator of {@code f} applied to this generator's values; shrinks as this one does. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return choices -> f.apply(generate(choices));
    }

    /**
     * A generator that draws a value from this generator, then a value from the generator
     * {@code f} makes of it. Both draws shrink.
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return choices -> {
            Gen<? extends R> next = f.apply(generate(choices));
            if (next == null) {
                throw new NullPointerException("flatMap function returned null for the generator");
            }
            return next.generate(choices);
        };
    }

    /**
     * A generator of this generator's values that satisfy {@code p}. It draws again on
     * rejection; after 100 rejections in a row the try is
     * discarded (not failed). Filters that reject most values make the engine give up; prefer
     * generating valid values directly.
     */
    default Gen<T> filter(Predicate<? super T> p) {
        Objects.requireNonNull(p, "p");
        return choices -> {
            for (int attempt = 0; attempt < TryDiscarded.FILTER_ATTEMPTS; attempt++) {
                T value = generate(choices);
                if (p.test(value)) {
                    return value;
                }
            }
            throw new TryDiscarded("a filter rejected " + TryDiscarded.FILTER_ATTEMPTS + " values in a row");
        };
    }
}
