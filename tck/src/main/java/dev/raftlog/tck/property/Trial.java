package dev.raftlog.tck.property;

/**
 * One run of a property against a source of choices: generate, run the body, classify. Plain
 * properties and stateful properties are both trials, so both share the search and the shrinker.
 *
 * @param <R> what a failing run reports as its counterexample
 */
@FunctionalInterface
interface Trial<R> {

    /** Runs once; never throws (a thrown failure is returned as {@link TrialResult#failed}). */
    TrialResult<R> run(ChoiceSource source);
}
