package dev.raftlog.tck.property;

/**
 * Thrown inside a try to say "this case is not a test case": a filter gave up or the try drew
 * more choices than allowed. The engine counts such tries as discarded, never as failures.
 */
final class TryDiscarded extends RuntimeException {

    /** How many values in a row {@link Gen#filter} may reject before it discards the try. */
    static final int FILTER_ATTEMPTS = 100;

    private static final long serialVersionUID = 1L;

    TryDiscarded(String reason) {
        // No stack trace: discards are routine control flow, thrown often while searching.
        super(reason, null, false, false);
    }
}
