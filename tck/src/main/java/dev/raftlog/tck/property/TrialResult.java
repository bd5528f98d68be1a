package dev.raftlog.tck.property;

import org.opentest4j.TestAbortedException;

/**
 * How one run of a {@link Trial} ended.
 *
 * @param kind passed, discarded or failed
 * @param failure what the failing run threw; {@code null} unless failed
 * @param example the counterexample of a failing run; may be {@code null}
 * @param <R> the type of counterexample
 */
record TrialResult<R>(Kind kind, Throwable failure, R example) {

    /** How a run ended. */
    enum Kind { PASSED, DISCARDED, FAILED }

    static <R> TrialResult<R> passed() {
        return new TrialResult<>(Kind.PASSED, null, null);
    }

    static <R> TrialResult<R> discarded() {
        return new TrialResult<>(Kind.DISCARDED, null, null);
    }

    static <R> TrialResult<R> failed(Throwable failure, R example) {
        return new TrialResult<>(Kind.FAILED, failure, example);
    }

    /**
     * Whether {@code thrown} means "not a test case" rather than a failure: a discard, or an
     * aborted assumption (JUnit's {@code assumeTrue} inside a body).
     */
    static boolean isDiscard(Throwable thrown) {
        return thrown instanceof TryDiscarded || thrown instanceof TestAbortedException;
    }

    /** Rethrows errors the JVM cannot recover from instead of reporting them as counterexamples. */
    static void rethrowFatal(Throwable thrown) {
        if (thrown instanceof OutOfMemoryError) {
            throw (OutOfMemoryError) thrown;
        }
    }

    boolean isFailed() {
        return kind == Kind.FAILED;
    }

    boolean isDiscarded() {
        return kind == Kind.DISCARDED;
    }
}
