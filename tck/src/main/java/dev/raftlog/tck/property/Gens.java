package dev.raftlog.tck.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Factories for the common generators. Every generator here shrinks towards the simplest value
 * named in its documentation, because it maps choice 0 to that value.
 */
public final class Gens {

    /** Expected number of optional elements of a collection, before its maximum caps it. */
    private static final int AVERAGE_EXTRA_ELEMENTS = 8;

    private Gens() {
    }

    /** Longs in {@code [min, max]}, shrinking towards {@code min}. Any range works, including all longs. */
    public static Gen<Long> longs(long min, long max) {
        requireOrdered(min, max);
        long range = max - min; // unsigned: the count of values minus one
        return choices -> min + chooseUnsigned(choices, range);
    }

    /**
     * Longs in {@code [min, max]}, shrinking towards {@code origin}: first to the side above the
     * origin, then to the origin itself.
     *
     * @throws IllegalArgumentException if {@code min > max} or {@code origin} is outside the range
     */
    public static Gen<Long> longsTowards(long min, long max, long origin) {
        requireOrdered(min, max);
        if (origin < min || origin > max) {
            throw new IllegalArgumentException(
                    "origin " + origin + " must be within [" + min + ", " + max + "]");
        }
        long above = max - origin; // unsigned
        boolean hasBelow = origin > min;
        long below = origin - min - 1; // unsigned, valid only when hasBelow
        return choices -> {
            boolean goBelow = hasBelow && choices.chooseBoolean();
            return goBelow
                    ? origin - 1 - chooseUnsigned(choices, below)
                    : origin + chooseUnsigned(choices, above);
        };
    }

    /** Ints in {@code [min, max]}, shrinking towards {@code min}. */
    public static Gen<Integer> ints(int min, int max) {
        requireOrdered(min, max);
        long range = (long) max - min;
        return choices -> (int) (min + choices.choose(range));
    }

    /** Fair booleans, shrinking towards {@code false}. */
    public static Gen<Boolean> booleans() {
        return Choices::chooseBoolean;
    }

    /** Always {@code value}; draws no choice. */
    public static <T> Gen<T> constant(T value) {
        return choices -> value;
    }

    /** One of {@code values}, shrinking towards the first. */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        Objects.requireNonNull(values, "values");
        return elements(copyOf(values));
    }

    /** One of {@code values} (copied), shrinking towards the first. */
    public static <T> Gen<T> elements(List<? extends T> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value");
        }
        List<T> copy = Collections.unmodifiableList(new ArrayList<>(values));
        return choices -> copy.get((int) choices.choose(copy.size() - 1));
    }

    /** A value of one of {@code gens}, picked uniformly; shrinks towards the first generator. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        Objects.requireNonNull(gens, "gens");
        if (gens.length == 0) {
            throw new IllegalArgumentException("oneOf needs at least one generator");
        }
        List<Gen<? extends T>> copy = copyOf(gens);
        return choices -> copy.get((int) choices.choose(copy.size() - 1)).generate(choices);
    }

    /**
     * A value of one of the weighted generators, picked in proportion to the weights; shrinks
     * towards the first.
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<? extends T>... weighted) {
        Objects.requireNonNull(weighted, "weighted");
        if (weighted.length == 0) {
            throw new IllegalArgumentException("frequency needs at least one weighted generator");
        }
        List<Weighted<? extends T>> copy = copyOf(weighted);
        long total = 0;
        for (Weighted<? extends T> w : copy) {
            total += w.weight();
        }
        long lastTicket = total - 1;
        return choices -> {
            long ticket = choices.choose(lastTicket);
            for (Weighted<? extends T> w : copy) {
                if (ticket < w.weight()) {
                    return w.gen().generate(choices);
                }
                ticket -= w.weight();
            }
            throw new AssertionError("unreachable: ticket beyond the total weight");
        };
    }

    /**
     * Lists of {@code element} values with a size in {@code [minSize, maxSize]}. Before each
     * optional element the generator draws a "one more?" choice, so deleting the choices of an
     * element removes exactly that element; lists shrink towards fewer and simpler elements.
     */
    public static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        requireSizes(minSize, maxSize);
        double more = continuation(maxSize - minSize);
        return choices -> {
            List<T> list = new ArrayList<>();
            while (list.size() < maxSize && (list.size() < minSize || choices.weighted(more))) {
                list.add(element.generate(choices));
            }
            return list;
        };
    }

    /**
     * Byte arrays with a length in {@code [minLen, maxLen]}; shrink towards shorter arrays and
     * towards zero bytes.
     */
    public static Gen<byte[]> bytes(int minLen, int maxLen) {
        requireSizes(minLen, maxLen);
        Gen<List<Byte>> list = listOf(choices -> (byte) choices.choose(255), minLen, maxLen);
        return list.map(values -> {
            byte[] out = new byte[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i);
            }
            return out;
        });
    }

    /** Pairs a value of {@code first} with one of {@code second}, combined by {@code f}. */
    public static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second,
            BiFunction<? super A, ? super B, ? extends R> f) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(f, "f");
        return choices -> {
            A a = first.generate(choices);
            return f.apply(a, second.generate(choices));
        };
    }

    /** Probability of "one more element" that gives the wanted average of optional elements. */
    static double continuation(int optionalElements) {
        double average = Math.min(optionalElements, AVERAGE_EXTRA_ELEMENTS);
        return average / (average + 1.0);
    }

    /**
     * A choice in {@code [0, range]} where {@code range} is read as unsigned, so a range of all
     * 2^64 longs works. Ranges beyond {@code Long.MAX_VALUE} take a top-bit choice first,
     * which keeps "smaller choices mean smaller offsets".
     */
    static long chooseUnsigned(Choices choices, long range) {
        if (range >= 0) {
            return choices.choose(range);
        }
        long high = choices.choose(1);
        long low = high == 0 ? choices.choose(Long.MAX_VALUE) : choices.choose(range & Long.MAX_VALUE);
        return (high << 63) | low;
    }

    /** Copies varargs element by element; handing the array itself on would risk heap pollution. */
    private static <E> List<E> copyOf(E[] values) {
        List<E> copy = new ArrayList<>(values.length);
        for (E value : values) {
            copy.add(Objects.requireNonNull(value, "a null element"));
        }
        return Collections.unmodifiableList(copy);
    }

    private static void requireOrdered(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " must be <= max " + max);
        }
    }

    private static void requireSizes(int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException(
                    "sizes must satisfy 0 <= min <= max, were min " + minSize + ", max " + maxSize);
        }
    }
}
