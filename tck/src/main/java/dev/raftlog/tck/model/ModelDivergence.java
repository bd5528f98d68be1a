package dev.raftlog.tck.model;

/**
 * The store and the model disagree after a step. Carries the assertion, as Java, that fails on
 * the store, so the printed counterexample ends with the failing check rather than a comment.
 */
public final class ModelDivergence extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String javaAssertion;
    private final boolean replacesStep;

    ModelDivergence(String message, String javaAssertion, boolean replacesStep, Throwable cause) {
        super(message, cause);
        this.javaAssertion = javaAssertion;
        this.replacesStep = replacesStep;
    }

    /** A Java statement that fails on the store, e.g. {@code assertThat(store.firstIndex()).isEqualTo(0);}. */
    public String javaAssertion() {
        return javaAssertion;
    }

    /** True when the assertion already performs the failing step (a read), so the step's own line is left out. */
    public boolean replacesStep() {
        return replacesStep;
    }
}
