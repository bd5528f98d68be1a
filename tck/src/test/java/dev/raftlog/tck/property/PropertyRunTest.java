package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Running plain properties: counting tries, discards, giving up, and what a failure says. */
class PropertyRunTest {

    private static PropertySettings seeded(long seed, int tries) {
        return PropertySettings.builder().seed(seed).tries(tries).build();
    }

    @Test
    void aPassingPropertyRunsExactlyTheTries() {
        int[] runs = {0};
        PropertyOutcome<Long> outcome = Property.run("count", Gens.longs(0, 10), v -> runs[0]++, seeded(1, 137));
        assertThat(outcome.passed()).isTrue();
        assertThat(runs[0]).isEqualTo(137);
        assertThat(outcome.tries()).isEqualTo(137);
        assertThat(outcome.discarded()).isZero();
        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.counterexample()).isEmpty();
        Property.check("count", Gens.longs(0, 10), v -> runs[0]++, seeded(1, 3));
        assertThat(runs[0]).isEqualTo(140);
    }

    @Test
    void discardedTriesDoNotCountAsTriesOrFailures() {
        int[] runs = {0};
        PropertyOutcome<Long> outcome = Property.run("evens", Gens.longs(0, 1000).filter(v -> v % 2 == 0),
                v -> {
                    runs[0]++;
                    Assumptions.assumeTrue(v % 4 == 0);
                }, seeded(1, 100));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.tries()).isEqualTo(100);
        assertThat(outcome.discarded()).isPositive();
        assertThat(runs[0]).isEqualTo(outcome.tries() + outcome.discarded());
    }

    @Test
    void aPropertyThatDiscardsAlmostEverythingGivesUp() {
        PropertyOutcome<Long> outcome = Property.run("impossible", Gens.longs(0, 1000).filter(v -> v < 0),
                v -> { }, seeded(1, 20));
        assertThat(outcome.status()).isEqualTo(PropertyStatus.GAVE_UP);
        assertThat(outcome.tries()).isZero();
        assertThat(outcome.discarded()).isGreaterThan(20);
        assertThatThrownBy(outcome::assertPassed).isInstanceOfSatisfying(PropertyGaveUp.class, e -> {
            assertThat(e.getMessage()).contains("Property \"impossible\" gave up: 100% of tries discarded")
                    .contains("filter");
            assertThat(e.propertyName()).isEqualTo("impossible");
            assertThat(e.discarded()).isEqualTo(outcome.discarded());
        });
    }

    @Test
    void triesThatDrawTooManyChoicesAreDiscarded() {
        PropertyOutcome<List<Integer>> outcome = Property.run("huge", Gens.listOf(Gens.ints(0, 9), 50, 50),
                l -> { }, PropertySettings.builder().seed(1).tries(5).maxChoicesPerTry(20).build());
        assertThat(outcome.status()).isEqualTo(PropertyStatus.GAVE_UP);
        assertThat(outcome.tries()).isZero();
    }

    @Test
    void theFailureMessageSaysEverythingNeededToActOnIt() {
        assertThatThrownBy(() -> Property.check("sum stays small", Gens.listOf(Gens.ints(0, 1000), 0, 20),
                l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).as("sum").isLessThanOrEqualTo(100),
                seeded(42, 100)))
                .isInstanceOfSatisfying(PropertyFailure.class, f -> {
                    assertThat(f.propertyName()).isEqualTo("sum stays small");
                    assertThat(f.seed()).isEqualTo(42L);
                    assertThat(f.counterexample()).isEqualTo(List.of(101));
                    assertThat(f.counterexampleText()).isEqualTo("[101]");
                    assertThat(f.commands()).isEmpty();
                    assertThat(f.javaCode()).isEmpty();
                    assertThat(f.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("101");
                    assertThat(f.originalFailure()).isInstanceOf(AssertionError.class);
                    assertThat(f.getMessage()).startsWith("Property \"sum stays small\" failed.\nFalsified after "
                            + f.triesUntilFailure() + (f.triesUntilFailure() == 1 ? " try" : " tries") + " (seed 42).\n")
                            .contains("Minimal counterexample:\n    [101]\n")
                            .contains("Failure of the minimal case:\n    java.lang.AssertionError: [sum]")
                            .contains("Replay exactly this case: -Draftlog.replay=" + f.replayToken()
                                    + "  (or RAFTLOG_REPLAY=" + f.replayToken() + ")")
                            .contains("Repeat this search:       -Draftlog.seed=42  (or RAFTLOG_SEED=42)")
                            .contains("Shrinking: " + f.shrinkStatistics().runs() + " runs, ")
                            .contains("First failure, before shrinking: ");
                });
    }

    @Test
    void aRandomSeedIsReportedAsSuch() {
        PropertySettings random = PropertySettings.builder().tries(50).build();
        PropertyFailure f = Property.run("random", Gens.longs(0, 100), v -> assertThat(v).isLessThan(0L), random)
                .failure().orElseThrow();
        assertThat(f.seedChosenRandomly()).isTrue();
        assertThat(f.seed()).isEqualTo(random.seed());
        assertThat(f.getMessage()).contains("(seed " + random.seed() + ", chosen at random)");
    }

    @Test
    void aGeneratorThatThrowsIsAFailureWithoutAValue() {
        Gen<Long> broken = Gens.longs(0, 100).map(v -> {
            if (v > 50) {
                throw new IllegalStateException("generator bug");
            }
            return v;
        });
        PropertyOutcome<Long> outcome = Property.run("broken gen", broken, v -> { }, seeded(2, 100));
        PropertyFailure f = outcome.failure().orElseThrow();
        assertThat(f.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("generator bug");
        assertThat(f.counterexample()).isNull();
        assertThat(outcome.counterexample()).isEmpty();
        assertThat(f.getMessage()).contains("(none: the generator itself threw)");
    }

    @Test
    void arraysArePrintedByContent() {
        PropertyFailure f = Property.run("bytes", Gens.bytes(0, 10), b -> assertThat(b).hasSizeLessThan(2),
                seeded(1, 100)).failure().orElseThrow();
        assertThat(f.counterexampleText()).isEqualTo("[0, 0]");
        assertThat(f.getMessage()).contains("    [0, 0]\n");
    }

    @Test
    void aFailingPropertyStopsAtTheFirstFailingTry() {
        int[] runs = {0};
        PropertyOutcome<Long> outcome = Property.run("stops", Gens.longs(0, 100), v -> {
            runs[0]++;
            assertThat(v).isLessThan(90L);
        }, PropertySettings.builder().seed(3).tries(1000).maxShrinkRuns(0).build());
        assertThat(outcome.tries()).isEqualTo(runs[0]).isLessThan(1000);
        assertThat(outcome.failure().orElseThrow().triesUntilFailure()).isEqualTo(runs[0]);
        assertThat(outcome.failure().orElseThrow().shrinkStatistics().runs()).isZero();
    }

    @Test
    void badArgumentsAreRejected() {
        PropertySettings s = seeded(1, 1);
        assertThatThrownBy(() -> Property.run("", Gens.booleans(), v -> { }, s)).hasMessageContaining("non-blank name");
        assertThatThrownBy(() -> Property.run("x", null, v -> { }, s)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Property.run("x", Gens.booleans(), null, s)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Property.run("x", Gens.booleans(), v -> { }, null)).isInstanceOf(NullPointerException.class);
    }
}
