package dev.raftlog.tck.property;

import java.util.Objects;

/**
 * A generator with a relative weight, for {@link Gens#frequency}.
 *
 * @param weight how often, relative to the other choices, {@code gen} is used; at least 1
 * @param gen the generator
 * @param <T> the type of generated values
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

    /** Checks the weight is positive and the generator present. */
    public Weighted {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, was " + weight);
        }
        Objects.requireNonNull(gen, "gen");
    }

    /** The same as the constructor; reads well in {@code Gens.frequency(Weighted.of(3, a), ...)}. */
    public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }
}
