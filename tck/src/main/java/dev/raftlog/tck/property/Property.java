package dev.raftlog.tck.property;

import java.util.Objects;

/**
 * Checks that a property holds for many generated values, and shrinks the first value it does
 * not hold for to a minimal one.
 *
 * <pre>{@code
 * Property.check("reversing twice is the identity",
 *         Gens.listOf(Gens.ints(-100, 100), 0, 20),
 *         list -> assertThat(reverse(reverse(list))).isEqualTo(list),
 *         PropertySettings.fromEnvironment(200));
 * }</pre>
 */
public final class Property {

    private Property() {
    }

    /**
     * Runs the property and returns normally if it holds.
     *
     * @throws PropertyFailure with the shrunk counterexample and replay token if it fails
     * @throws PropertyGaveUp if almost every try was discarded
     */
    public static <T> void check(String name, Gen<T> gen, ThrowingConsumer<? super T> body,
            PropertySettings settings) {
        run(name, gen, body, settings).assertPassed();
    }

    /** {@link #check(String, Gen, ThrowingConsumer, PropertySettings)} with 100 tries, adjusted by the knobs. */
    public static <T> void check(String name, Gen<T> gen, ThrowingConsumer<? super T> body) {
        check(name, gen, body, PropertySettings.fromEnvironment(100));
    }

    /** Runs the property and returns what happened instead of throwing. */
    public static <T> PropertyOutcome<T> run(String name, Gen<T> gen, ThrowingConsumer<? super T> body,
            PropertySettings settings) {
        requireName(name);
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(settings, "settings");
        Trial<Case<T>> trial = source -> runOnce(gen, body, source);
        SearchResult<Case<T>> result = Search.run(name, settings, trial);
        switch (result.status()) {
            case FAILED:
                Case<T> minimal = result.found().minimal().example();
                PropertyFailure.Facts facts = new PropertyFailure.Facts();
                facts.counterexample = minimal.value;
                facts.counterexampleText = minimal.generated
                        ? ValueText.describe(minimal.value)
                        : "(none: the generator itself threw)";
                PropertyFailure failure = FailureReport.failure(name, settings, result, facts);
                return new PropertyOutcome<>(name, settings.seed(), result, minimal.value, failure, null);
            case GAVE_UP:
                return new PropertyOutcome<>(name, settings.seed(), result, null, null,
                        FailureReport.gaveUp(name, settings, result));
            default:
                return new PropertyOutcome<>(name, settings.seed(), result, null, null, null);
        }
    }

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a property needs a non-blank name, was '" + name + "'");
        }
    }

    private static <T> TrialResult<Case<T>> runOnce(Gen<T> gen, ThrowingConsumer<? super T> body,
            ChoiceSource source) {
        T value;
        try {
            value = gen.generate(source);
        } catch (Throwable t) {
            TrialResult.rethrowFatal(t);
            return TrialResult.isDiscard(t) ? TrialResult.discarded() : TrialResult.failed(t, new Case<>(null, false));
        }
        try {
            body.accept(value);
            return TrialResult.passed();
        } catch (Throwable t) {
            TrialResult.rethrowFatal(t);
            return TrialResult.isDiscard(t) ? TrialResult.discarded() : TrialResult.failed(t, new Case<>(value, true));
        }
    }

    /** A tried value; {@code generated} is false when the generator threw before making one. */
    private static final class Case<T> {
        final T value;
        final boolean generated;

        Case(T value, boolean generated) {
            this.value = value;
            this.generated = generated;
        }
    }
}
