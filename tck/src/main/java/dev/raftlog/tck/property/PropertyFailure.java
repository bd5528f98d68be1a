package dev.raftlog.tck.property;

import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * A property failed. Carries the shrunk counterexample, how to replay it exactly, and how it
 * was found; {@link #getMessage()} says all of it for a person, {@link #getCause()} is what the
 * minimal case threw.
 */
public class PropertyFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final String propertyName;
    private final long seed;
    private final boolean seedChosenRandomly;
    private final boolean replayed;
    private final String replayToken;
    private final int triesUntilFailure;
    private final ShrinkStatistics shrinkStatistics;
    private final transient Object counterexample;
    private final String counterexampleText;
    private final transient List<Command<?, ?>> commands;
    private final String javaCode;
    private final transient Throwable originalFailure;

    PropertyFailure(String message, Facts facts) {
        super(message, facts.minimalFailure);
        this.propertyName = facts.propertyName;
        this.seed = facts.seed;
        this.seedChosenRandomly = facts.seedChosenRandomly;
        this.replayed = facts.replayed;
        this.replayToken = facts.replayToken;
        this.triesUntilFailure = facts.triesUntilFailure;
        this.shrinkStatistics = facts.shrinkStatistics;
        this.counterexample = facts.counterexample;
        this.counterexampleText = facts.counterexampleText;
        this.commands = facts.commands;
        this.javaCode = facts.javaCode;
        this.originalFailure = facts.originalFailure;
    }

    /** The property's name. */
    public String propertyName() {
        return propertyName;
    }

    /** The seed of the search that found this failure. */
    public long seed() {
        return seed;
    }

    /** Whether the seed was picked at random (no {@code raftlog.seed} was given). */
    public boolean seedChosenRandomly() {
        return seedChosenRandomly;
    }

    /** Whether this failure came from replaying a token rather than from a search. */
    public boolean replayed() {
        return replayed;
    }

    /** The token that replays exactly the minimal case: {@code -Draftlog.replay=<token>}. */
    public String replayToken() {
        return replayToken;
    }

    /** Tries run until the first failure, counting the failing one. */
    public int triesUntilFailure() {
        return triesUntilFailure;
    }

    /** What shrinking did. */
    public ShrinkStatistics shrinkStatistics() {
        return shrinkStatistics;
    }

    /**
     * The minimal counterexample: the generated value for a plain property, the list of
     * commands for a stateful one; {@code null} if the generator itself threw.
     */
    public Object counterexample() {
        return counterexample;
    }

    /** The minimal counterexample as printed in the message. */
    public String counterexampleText() {
        return counterexampleText;
    }

    /** The minimal command list of a stateful property, in order; empty for plain properties. */
    public List<Command<?, ?>> commands() {
        return commands;
    }

    /**
     * For a stateful property, a JUnit test method reproducing the minimal case: the spec's
     * preamble, one statement per step, a comment on the failing step, the postamble.
     */
    public Optional<String> javaCode() {
        return Optional.ofNullable(javaCode);
    }

    /** What the first failing try threw, before shrinking. */
    public Throwable originalFailure() {
        return originalFailure;
    }

    /** The facts a failure is made of; filled in by the engine. */
    static final class Facts {
        String propertyName;
        long seed;
        boolean seedChosenRandomly;
        boolean replayed;
        String replayToken;
        int triesUntilFailure;
        ShrinkStatistics shrinkStatistics;
        Object counterexample;
        String counterexampleText;
        List<Command<?, ?>> commands = List.of();
        String javaCode;
        Throwable minimalFailure;
        Throwable originalFailure;
    }
}
