package dev.raftlog.tck.property;

/**
 * Describes a stateful property: a model, a system under test, and the commands that may run
 * next given the model's state. The engine builds random command sequences, runs each step on
 * both as it is drawn, and shrinks a failing sequence to a minimal one.
 *
 * @param <M> the model type (a simple, obviously correct implementation)
 * @param <S> the system under test
 */
public interface StatefulSpec<M, S> {

    /** A fresh model; called once per run. */
    M newModel();

    /** A fresh system under test; called once per run, closed by {@link #closeSystem}. */
    S newSystem() throws Exception;

    /** Releases a system made by {@link #newSystem()}; a throw here fails the run. */
    default void closeSystem(S system) throws Exception {
    }

    /**
     * The generator of the next command given the model's current state (for example, only
     * offer "pop" when the model is not empty). Called before every step.
     */
    Gen<? extends Command<M, S>> commands(M model);

    /** The most steps one run may take; at least 1. */
    default int maxSteps() {
        return 30;
    }

    /**
     * Java lines that come before the steps in a reproducing test, typically declaring the
     * variables the commands' {@link Command#toJava()} use, e.g. {@code "LogStore store = newStore();"}.
     */
    default String javaPreamble() {
        return "";
    }

    /** Java lines that come after the steps in a reproducing test, e.g. {@code "store.close();"}. */
    default String javaPostamble() {
        return "";
    }
}
