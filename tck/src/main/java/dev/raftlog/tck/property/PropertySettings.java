package dev.raftlog.tck.property;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * How a property is run: how many tries, from which seed, whether to replay one recorded case,
 * and how much effort to spend on shrinking. Immutable; build one with {@link #builder()} or
 * read the global knobs with {@link #fromEnvironment(int)}.
 *
 * <p>The same settings (including the seed) and the same property give the same run: the same
 * tries, the same failure, the same shrunk counterexample.
 */
public final class PropertySettings {

    /** Default number of candidate runs shrinking may spend. */
    public static final int DEFAULT_MAX_SHRINK_RUNS = 2000;
    /** Default number of choices one try may draw before it is discarded. */
    public static final int DEFAULT_MAX_CHOICES_PER_TRY = 10_000;

    static final String TRIES_PROPERTY = "raftlog.tries";
    static final String TRIES_ENV = "RAFTLOG_TRIES";
    static final String SEED_PROPERTY = "raftlog.seed";
    static final String SEED_ENV = "RAFTLOG_SEED";
    static final String REPLAY_PROPERTY = "raftlog.replay";
    static final String REPLAY_ENV = "RAFTLOG_REPLAY";

    private final int tries;
    private final long seed;
    private final boolean seedChosenRandomly;
    private final String replay;
    private final int maxShrinkRuns;
    private final int maxChoicesPerTry;

    private PropertySettings(Builder b, long seed, boolean seedChosenRandomly) {
        this.tries = b.tries;
        this.seed = seed;
        this.seedChosenRandomly = seedChosenRandomly;
        this.replay = b.replay;
        this.maxShrinkRuns = b.maxShrinkRuns;
        this.maxChoicesPerTry = b.maxChoicesPerTry;
    }

    /** A builder with 100 tries, a random seed and the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Settings from the global knobs, each read from a system property, else from an
     * environment variable:
     * <ul>
     *   <li>{@code raftlog.tries} / {@code RAFTLOG_TRIES}: a positive integer, or a preset
     *       scaling {@code defaultTries}: {@code quick} (x0.1, at least 10, at most
     *       {@code defaultTries}), {@code default}, {@code deep} (x10), {@code soak} (x100).
     *       Absent: {@code defaultTries}.</li>
     *   <li>{@code raftlog.seed} / {@code RAFTLOG_SEED}: a long. Absent: a random seed, which
     *       every failure reports.</li>
     *   <li>{@code raftlog.replay} / {@code RAFTLOG_REPLAY}: a token printed by a failure; the
     *       property that printed it runs only that case, other properties run normally.</li>
     * </ul>
     *
     * @throws IllegalArgumentException naming the knob and the value if a value is malformed,
     *     or if {@code defaultTries < 1}
     */
    public static PropertySettings fromEnvironment(int defaultTries) {
        return fromSources(defaultTries, System::getProperty, System::getenv);
    }

    /** {@link #fromEnvironment} with the lookups injected, so tests need not touch the JVM. */
    static PropertySettings fromSources(int defaultTries, UnaryOperator<String> systemProperties,
            UnaryOperator<String> environment) {
        if (defaultTries < 1) {
            throw new IllegalArgumentException("defaultTries must be >= 1, was " + defaultTries);
        }
        Builder b = builder().tries(defaultTries);
        Knob tries = Knob.read(TRIES_PROPERTY, TRIES_ENV, systemProperties, environment);
        if (tries != null) {
            b.tries(TriesKnob.parse(tries.source, tries.value, defaultTries));
        }
        Knob seed = Knob.read(SEED_PROPERTY, SEED_ENV, systemProperties, environment);
        if (seed != null) {
            try {
                b.seed(Long.parseLong(seed.value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        seed.source + " must be a long, but was '" + seed.value + "'", e);
            }
        }
        Knob replay = Knob.read(REPLAY_PROPERTY, REPLAY_ENV, systemProperties, environment);
        if (replay != null) {
            try {
                b.replay(replay.value.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(replay.source + " is not a replay token: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /** How many tries (runs of the body that were not discarded) a passing property makes. */
    public int tries() {
        return tries;
    }

    /** The seed every try's randomness derives from. */
    public long seed() {
        return seed;
    }

    /** Whether {@link #seed()} was picked at random because none was given. */
    public boolean seedChosenRandomly() {
        return seedChosenRandomly;
    }

    /** The replay token, if this run replays one case instead of searching. */
    public Optional<String> replay() {
        return Optional.ofNullable(replay);
    }

    /** How many candidate runs shrinking may spend before it reports what it has. */
    public int maxShrinkRuns() {
        return maxShrinkRuns;
    }

    /** How many choices one try may draw before it is discarded as too big. */
    public int maxChoicesPerTry() {
        return maxChoicesPerTry;
    }

    /** A builder holding these settings, including the seed. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tries = tries;
        b.seed = seed;
        b.seedChosenRandomly = seedChosenRandomly;
        b.replay = replay;
        b.maxShrinkRuns = maxShrinkRuns;
        b.maxChoicesPerTry = maxChoicesPerTry;
        return b;
    }

    @Override
    public String toString() {
        return "PropertySettings[tries=" + tries + ", seed=" + seed
                + (seedChosenRandomly ? " (random)" : "") + ", replay=" + replay
                + ", maxShrinkRuns=" + maxShrinkRuns + ", maxChoicesPerTry=" + maxChoicesPerTry + "]";
    }

    /** Builds {@link PropertySettings}; every setter checks its argument and says what was wrong. */
    public static final class Builder {
        private int tries = 100;
        private Long seed;
        private boolean seedChosenRandomly;
        private String replay;
        private int maxShrinkRuns = DEFAULT_MAX_SHRINK_RUNS;
        private int maxChoicesPerTry = DEFAULT_MAX_CHOICES_PER_TRY;

        private Builder() {
        }

        /** Tries per property; at least 1. */
        public Builder tries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be >= 1, was " + tries);
            }
            this.tries = tries;
            return this;
        }

        /** The seed; without one, {@link #build()} picks a random seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            this.seedChosenRandomly = false;
            return this;
        }

        /** A replay token to run instead of searching, or {@code null} to search. */
        public Builder replay(String token) {
            if (token != null) {
                ReplayToken.decode(token);
            }
            this.replay = token;
            return this;
        }

        /** Candidate runs shrinking may spend; 0 turns shrinking off. */
        public Builder maxShrinkRuns(int maxShrinkRuns) {
            if (maxShrinkRuns < 0) {
                throw new IllegalArgumentException("maxShrinkRuns must be >= 0, was " + maxShrinkRuns);
            }
            this.maxShrinkRuns = maxShrinkRuns;
            return this;
        }

        /** Choices one try may draw before it is discarded; at least 1. */
        public Builder maxChoicesPerTry(int maxChoicesPerTry) {
            if (maxChoicesPerTry < 1) {
                throw new IllegalArgumentException("maxChoicesPerTry must be >= 1, was " + maxChoicesPerTry);
            }
            this.maxChoicesPerTry = maxChoicesPerTry;
            return this;
        }

        /** The settings; picks a random seed if none was set. */
        public PropertySettings build() {
            if (seed == null) {
                return new PropertySettings(this, new SplittableRandom().nextLong(), true);
            }
            return new PropertySettings(this, seed, seedChosenRandomly);
        }
    }

    /** One knob's value and where it came from. */
    private static final class Knob {
        final String source;
        final String value;

        private Knob(String source, String value) {
            this.source = source;
            this.value = value;
        }

        static Knob read(String property, String env, UnaryOperator<String> systemProperties,
                UnaryOperator<String> environment) {
            String v = systemProperties.apply(property);
            if (v != null && !v.isBlank()) {
                return new Knob("system property " + property, v);
            }
            v = environment.apply(env);
            if (v != null && !v.isBlank()) {
                return new Knob("environment variable " + env, v);
            }
            return null;
        }
    }
}
