package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.MODEL_SEQUENCES;

import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.model.LogStoreStateMachine;
import dev.raftlog.tck.model.ModelDivergence;
import dev.raftlog.tck.property.Command;
import java.util.List;
import dev.raftlog.tck.property.PropertyFailure;
import dev.raftlog.tck.property.PropertySettings;
import dev.raftlog.tck.property.StatefulOutcome;
import dev.raftlog.tck.property.StatefulProperty;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of every operation against the model of the store's profile, shrunk to a
 * minimal failing sequence. The number of sequences is the global knob {@code raftlog.tries}
 * (default 100; {@code deep} is 10x), and {@code raftlog.seed} / {@code raftlog.replay} replay a run or a case.
 */
public interface ModelRules extends KitRules {
    /** Sequences per run at the default setting of the knob. */
    int DEFAULT_SEQUENCES = 100;

    @Test
    @Verifies(MODEL_SEQUENCES)
    default void randomSequencesBehaveLikeTheModel() {
        PropertySettings settings = PropertySettings.fromEnvironment(DEFAULT_SEQUENCES);
        LogStoreStateMachine machine = new LogStoreStateMachine(kit().factory());
        var outcome = StatefulProperty.run(MODEL_SEQUENCES.id() + " random sequences", machine, settings);
        outcome.failure().ifPresent(f -> {
            if (outcome.minimalCommands().isEmpty()) {
                // Nothing ran: opening or closing the store failed. That is a setup error, not a verdict.
                throw new IllegalStateException("the store could not be opened or closed for a random sequence: "
                        + (f.getCause() == null ? f.getMessage() : f.getCause()), f.getCause() == null ? f : f.getCause());
            }
            throw violation(f, outcome, machine.javaPreamble());
        });
    }

    /** The minimal steps as Java, ending with the check that fails (the engine's own rendering ends with a comment). */
    private static String javaCode(StatefulOutcome<?, ?> outcome, PropertyFailure f, String preamble) {
        List<? extends Command<?, ?>> steps = outcome.minimalCommands();
        if (steps.isEmpty()) {
            return f.javaCode().orElse(f.counterexampleText());
        }
        Throwable cause = f.getCause();
        ModelDivergence divergence = cause instanceof ModelDivergence d ? d : null;
        StringBuilder s = new StringBuilder(preamble).append('\n');
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            if (!(last && divergence != null && divergence.replacesStep())) {
                s.append(steps.get(i).toJava());
                if (last && divergence == null) {
                    s.append("   // FAILS: ").append(cause == null ? f.getMessage() : cause);
                }
                s.append('\n');
            }
        }
        if (divergence != null) {
            s.append(divergence.javaAssertion()).append('\n');
        }
        return s.toString().strip();
    }

    private static RequirementViolation violation(PropertyFailure f, StatefulOutcome<?, ?> outcome, String preamble) {
        String code = javaCode(outcome, f, preamble);
        String replay = "Replay exactly: -Draftlog.replay=" + f.replayToken() + "   (this run: -Draftlog.seed=" + f.seed()
                + ", failed after " + f.triesUntilFailure() + " sequences; " + f.shrinkStatistics() + ")";
        Throwable cause = f.getCause() == null ? f : f.getCause();
        return new RequirementViolation(MODEL_SEQUENCES, "a random sequence diverged from the model: " + cause.getMessage(),
                null, null, code, outcome.minimalCommands().size() + 1, replay, f);
    }
}
