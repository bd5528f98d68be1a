package dev.raftlog.tck.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a system against a model with random command sequences (Hypothesis'
 * rule-based state machines, made generic).
 *
 * <p>Each run makes a fresh model and system, then repeatedly draws "one more step?" and, if
 * so, the next command from {@link StatefulSpec#commands(Object)} for the model's current
 * state, and runs it at once. A failure at step k ends the run with steps 1..k as the
 * counterexample. Because steps are choices like any other, shrinking deletes and simplifies
 * steps until every remaining one is needed; the failure then prints as a paste-able test.
 */
public final class StatefulProperty {

    private StatefulProperty() {
    }

    /**
     * Runs the property and returns normally if it holds.
     *
     * @throws PropertyFailure with the minimal command list and {@link PropertyFailure#javaCode()}
     * @throws PropertyGaveUp if almost every run was discarded
     */
    public static <M, S> void check(String name, StatefulSpec<M, S> spec, PropertySettings settings) {
        run(name, spec, settings).assertPassed();
    }

    /** {@link #check(String, StatefulSpec, PropertySettings)} with 100 tries, adjusted by the knobs. */
    public static <M, S> void check(String name, StatefulSpec<M, S> spec) {
        check(name, spec, PropertySettings.fromEnvironment(100));
    }

    /** Runs the property and returns what happened instead of throwing. */
    public static <M, S> StatefulOutcome<M, S> run(String name, StatefulSpec<M, S> spec, PropertySettings settings) {
        Property.requireName(name);
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(settings, "settings");
        int maxSteps = spec.maxSteps();
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps() must be >= 1, was " + maxSteps);
        }
        // Runs average about maxSteps / 2 steps before the cap, so both short and long ones occur.
        double more = 1.0 - 2.0 / (maxSteps + 2.0);
        Trial<StatefulRun<M, S>> trial = source -> runOnce(spec, maxSteps, more, source);
        SearchResult<StatefulRun<M, S>> result = Search.run(name, settings, trial);
        switch (result.status()) {
            case FAILED:
                StatefulRun<M, S> minimal = result.found().minimal().example();
                PropertyFailure.Facts facts = new PropertyFailure.Facts();
                facts.counterexample = minimal.steps();
                facts.counterexampleText = ValueText.describe(minimal.steps());
                facts.commands = List.copyOf(minimal.steps());
                facts.javaCode = JavaSnippet.of(name, spec, minimal, result.found().minimal().failure());
                PropertyFailure failure = FailureReport.failure(name, settings, result, facts);
                return new StatefulOutcome<>(name, settings.seed(), result, minimal.steps(), failure, null);
            case GAVE_UP:
                return new StatefulOutcome<>(name, settings.seed(), result, List.of(), null,
                        FailureReport.gaveUp(name, settings, result));
            default:
                return new StatefulOutcome<>(name, settings.seed(), result, List.of(), null, null);
        }
    }

    private static <M, S> TrialResult<StatefulRun<M, S>> runOnce(StatefulSpec<M, S> spec, int maxSteps,
            double more, ChoiceSource source) {
        List<Command<M, S>> steps = new ArrayList<>();
        S system;
        M model;
        try {
            model = spec.newModel();
            system = spec.newSystem();
        } catch (Throwable t) {
            TrialResult.rethrowFatal(t);
            return TrialResult.isDiscard(t) ? TrialResult.discarded() : TrialResult.failed(t, new StatefulRun<>(steps, -1));
        }
        Throwable failure = null;
        int failingStep = -1;
        boolean discard = false;
        try {
            while (steps.size() < maxSteps && source.weighted(more)) {
                failingStep = steps.size(); // drawing the command may fail too: then it is "after the last step"
                Command<M, S> command = spec.commands(model).generate(source);
                steps.add(command);
                command.run(model, system);
            }
        } catch (Throwable t) {
            TrialResult.rethrowFatal(t);
            discard = TrialResult.isDiscard(t);
            failure = discard ? null : t;
        } finally {
            try {
                spec.closeSystem(system);
            } catch (Throwable t) {
                TrialResult.rethrowFatal(t);
                if (failure != null) {
                    failure.addSuppressed(t);
                } else if (!discard) {
                    failure = t;
                    failingStep = steps.size();
                }
            }
        }
        if (discard) {
            return TrialResult.discarded();
        }
        if (failure == null) {
            return TrialResult.passed();
        }
        return TrialResult.failed(failure, new StatefulRun<>(List.copyOf(steps), failingStep));
    }
}
