package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** Stateful properties find the planted bug, shrink it to the minimal steps and print them as a test. */
class StatefulPropertyTest {

    private static PropertySettings seeded(long seed) {
        return PropertySettings.builder().seed(seed).tries(200).build();
    }

    @Test
    void theBuggyStackShrinksToFourPushesAndASizeCheck() {
        for (long seed = 1; seed <= 5; seed++) {
            StatefulOutcome<Deque<Integer>, BuggyStack> outcome =
                    StatefulProperty.run("stack keeps every push", new StackSpec(), seeded(seed));
            assertThat(outcome.status()).isEqualTo(PropertyStatus.FAILED);
            assertThat(outcome.minimalCommands()).containsExactly(new StackSpec.Push(0), new StackSpec.Push(0),
                    new StackSpec.Push(0), new StackSpec.Push(0), new StackSpec.Size());
            assertThat(outcome.javaCode().orElseThrow()).isEqualTo(String.join("\n",
                    "@Test",
                    "void stackKeepsEveryPush() throws Exception {",
                    "    BuggyStack stack = new BuggyStack();",
                    "    stack.push(0);",
                    "    stack.push(0);",
                    "    stack.push(0);",
                    "    stack.push(0);",
                    "    // step 5 fails: org.opentest4j.AssertionFailedError: [size]",
                    "    // expected: 4",
                    "    //  but was: 3",
                    "    stack.size();",
                    "    stack.close();",
                    "}",
                    ""));
        }
    }

    @Test
    void checkThrowsAFailureWhoseMessageHoldsTheTestAndTheReplayToken() {
        assertThatThrownBy(() -> StatefulProperty.check("stack keeps every push", new StackSpec(), seeded(3)))
                .isInstanceOfSatisfying(PropertyFailure.class, f -> {
                    assertThat(f.commands()).hasSize(5);
                    assertThat(f.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("size");
                    assertThat(f.getMessage())
                            .contains("Property \"stack keeps every push\" failed.")
                            .contains("Falsified after " + f.triesUntilFailure())
                            .contains("(seed 3)")
                            .contains("Minimal counterexample: 5 steps, as a test you can paste:")
                            .contains("        stack.push(0);")
                            .contains("        stack.close();\n    }\n\nFailure of the minimal case:\n")
                            .contains("-Draftlog.replay=" + f.replayToken())
                            .contains("-Draftlog.seed=3")
                            .contains("Shrinking: ");
                });
    }

    @Test
    void everySystemMadeIsClosedAndEachRunGetsAFreshOne() {
        StackSpec spec = new StackSpec();
        StatefulOutcome<Deque<Integer>, BuggyStack> outcome = StatefulProperty.run("fresh", spec, seeded(1));
        assertThat(outcome.status()).isEqualTo(PropertyStatus.FAILED);
        int runs = outcome.tries() + outcome.failure().orElseThrow().shrinkStatistics().runs();
        assertThat(spec.systems).hasSize(runs).allMatch(BuggyStack::isClosed);
        assertThat(spec.systems).doesNotHaveDuplicates();
    }

    @Test
    void aReplayedTokenRunsExactlyTheMinimalSteps() {
        StatefulOutcome<Deque<Integer>, BuggyStack> first =
                StatefulProperty.run("stack keeps every push", new StackSpec(), seeded(2));
        String token = first.failure().orElseThrow().replayToken();
        StackSpec spec = new StackSpec();
        StatefulOutcome<Deque<Integer>, BuggyStack> replayed = StatefulProperty.run("stack keeps every push", spec,
                PropertySettings.builder().seed(99).replay(token).build());
        assertThat(replayed.replayed()).isTrue();
        assertThat(replayed.tries()).isEqualTo(1);
        assertThat(spec.systems).hasSize(1);
        assertThat(replayed.minimalCommands()).isEqualTo(first.minimalCommands());
        assertThat(replayed.javaCode()).isEqualTo(first.javaCode());
    }

    @Test
    void aCorrectSystemPassesAndRunsExactlyTheTries() {
        int[] runs = {0};
        StackSpec correct = new StackSpec() {
            @Override
            public BuggyStack newSystem() {
                runs[0]++;
                return super.newSystem();
            }

            @Override
            public Gen<? extends Command<Deque<Integer>, BuggyStack>> commands(Deque<Integer> model) {
                // Never more than three elements: the bug cannot show.
                return model.size() >= 3 ? Gens.constant(new StackSpec.Pop()) : super.commands(model);
            }
        };
        StatefulOutcome<Deque<Integer>, BuggyStack> outcome =
                StatefulProperty.run("bounded use", correct, seeded(5).toBuilder().tries(77).build());
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.tries()).isEqualTo(77);
        assertThat(runs[0]).isEqualTo(77);
        assertThat(outcome.minimalCommands()).isEmpty();
        assertThat(outcome.javaCode()).isEmpty();
    }

    @Test
    void aFailingCloseIsAFailureAfterTheLastStep() {
        StackSpec spec = new StackSpec() {
            @Override
            public void closeSystem(BuggyStack system) {
                throw new IllegalStateException("close failed");
            }

            @Override
            public Gen<? extends Command<Deque<Integer>, BuggyStack>> commands(Deque<Integer> model) {
                return Gens.constant(new StackSpec.Size());
            }
        };
        StatefulOutcome<Deque<Integer>, BuggyStack> outcome = StatefulProperty.run("close", spec, seeded(1));
        PropertyFailure failure = outcome.failure().orElseThrow();
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("close failed");
        assertThat(outcome.minimalCommands()).isEmpty();
        assertThat(failure.javaCode().orElseThrow()).contains("// then it fails: java.lang.IllegalStateException: close failed");
    }

    @Test
    void theGeneratorSeesTheModelState() {
        // Pop is only offered on a non-empty model, so no run may ever pop an empty stack.
        // (the model's pop would throw NoSuchElementException and fail the property).
        StackSpec correctStack = new StackSpec(Integer.MAX_VALUE);
        StatefulOutcome<Deque<Integer>, BuggyStack> outcome = StatefulProperty.run("no pop on empty", correctStack, seeded(8));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.tries()).isEqualTo(200);
    }

    @Test
    void rejectsBadSpecs() {
        StackSpec noSteps = new StackSpec() {
            @Override
            public int maxSteps() {
                return 0;
            }
        };
        assertThatThrownBy(() -> StatefulProperty.run("x", noSteps, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps() must be >= 1, was 0");
        assertThatThrownBy(() -> StatefulProperty.run(" ", new StackSpec(), seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-blank name");
    }

    @Test
    void modelStateAndDequeAgreeForTheSpecItself() {
        Deque<Integer> model = new ArrayDeque<>();
        BuggyStack stack = new BuggyStack();
        new StackSpec.Push(4).run(model, stack);
        assertThat(model).containsExactly(4);
        assertThat(stack.size()).isEqualTo(1);
    }
}
