package dev.raftlog.tck.property;

/**
 * Everything a search found, before it is dressed as a public outcome.
 *
 * @param status how the run ended
 * @param tries tries run (not discarded)
 * @param discarded tries discarded
 * @param replayed whether a replay token was run instead of a search
 * @param found the failure, when {@code status} is {@link PropertyStatus#FAILED}; else {@code null}
 * @param <R> the type of counterexample
 */
record SearchResult<R>(PropertyStatus status, int tries, int discarded, boolean replayed, Found<R> found) {

    /**
     * A failure and its shrunk form.
     *
     * @param minimal the minimal case's result (failure and counterexample)
     * @param originalFailure what the first failing try threw
     * @param minimalChoices the minimal case's choices
     * @param statistics what shrinking did
     */
    record Found<R>(TrialResult<R> minimal, Throwable originalFailure, long[] minimalChoices,
            ShrinkStatistics statistics) {
    }
}
