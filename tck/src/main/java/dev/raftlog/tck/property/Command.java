package dev.raftlog.tck.property;

/**
 * One step of a stateful property: an operation applied to both the model and the system under
 * test, with a check that they agree.
 *
 * <p>Its {@code toString()} appears in reports; {@link #toJava()} appears in the paste-able
 * test, so it should be a statement (or a few) that performs the same step.
 *
 * @param <M> the model type
 * @param <S> the system type
 */
public interface Command<M, S> {

    /**
     * Applies the step to {@code model} and {@code system} and checks the system's answer
     * against the model's; throws ({@link AssertionError} or anything else) on a mismatch.
     */
    void run(M model, S system) throws Exception;

    /**
     * One or more lines of Java that perform this step on the variables the spec's
     * {@link StatefulSpec#javaPreamble() preamble} declares, e.g. {@code "store.deleteRange(0, 5);"}.
     */
    String toJava();
}
