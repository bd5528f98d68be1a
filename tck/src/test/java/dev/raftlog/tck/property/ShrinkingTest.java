package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shrinking reaches the known minimal counterexamples. */
class ShrinkingTest {

    private static PropertySettings seeded(long seed) {
        return PropertySettings.builder().seed(seed).tries(200).build();
    }

    private static <T> T minimal(Gen<T> gen, ThrowingConsumer<T> body, long seed) {
        PropertyOutcome<T> outcome = Property.run("shrink", gen, body, seeded(seed));
        assertThat(outcome.status()).as("property should fail").isEqualTo(PropertyStatus.FAILED);
        return outcome.counterexample().orElseThrow();
    }

    @Test
    void aLongShrinksToTheExactBoundary() {
        for (long seed = 1; seed <= 5; seed++) {
            long x = minimal(Gens.longs(0, 1_000_000), v -> assertThat(v).isLessThan(1000L), seed);
            assertThat(x).isEqualTo(1000L);
        }
    }

    @Test
    void aListWhoseSumIsTooBigShrinksToOneElement() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> list = minimal(Gens.listOf(Gens.ints(0, 1000), 0, 20),
                    l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100), seed);
            assertThat(list).containsExactly(101);
        }
    }

    @Test
    void aListWithADuplicateShrinksToTwoEqualZeros() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> list = minimal(Gens.listOf(Gens.ints(0, 20), 0, 30),
                    l -> assertThat(new HashSet<>(l)).hasSameSizeAs(l), seed);
            assertThat(list).containsExactly(0, 0);
        }
    }

    @Test
    void bytesShrinkToShortestZeroArray() {
        for (long seed = 1; seed <= 5; seed++) {
            byte[] bytes = minimal(Gens.bytes(0, 50), b -> assertThat(b.length).isLessThan(3), seed);
            assertThat(bytes).containsExactly(0, 0, 0);
        }
    }

    @Test
    void longsTowardsShrinkToTheNearestFailingValueAboveTheOrigin() {
        long x = minimal(Gens.longsTowards(-1_000_000, 1_000_000, 0),
                v -> assertThat(Math.abs(v)).isLessThan(10L), 3);
        assertThat(x).isEqualTo(10L);
        long below = minimal(Gens.longsTowards(-1_000_000, 1_000_000, 0),
                v -> assertThat(v).isGreaterThan(-10L), 3);
        assertThat(below).isEqualTo(-10L);
    }

    @Test
    void elementsOneOfAndFrequencyShrinkToTheirFirstOption() {
        assertThat(minimal(Gens.elements("a", "b", "c"), v -> assertThat(v).isEqualTo("never"), 1))
                .isEqualTo("a");
        assertThat(minimal(Gens.oneOf(Gens.constant("first"), Gens.constant("second")),
                v -> assertThat(v).isEqualTo("never"), 1)).isEqualTo("first");
        assertThat(minimal(Gens.frequency(Weighted.of(1, Gens.constant("rare")), Weighted.of(50, Gens.constant("common"))),
                v -> assertThat(v).isEqualTo("never"), 1)).isEqualTo("rare");
        assertThat(minimal(Gens.booleans(), v -> assertThat(v).isNull(), 1)).isFalse();
    }

    @Test
    void mappedFilteredAndFlatMappedGeneratorsShrinkToo() {
        Gen<Long> evens = Gens.longs(0, 10_000).filter(v -> v % 2 == 0);
        assertThat(minimal(evens, v -> assertThat(v).isLessThan(11L), 2)).isEqualTo(12L);
        Gen<String> text = Gens.ints(0, 500).map(i -> "n" + i);
        assertThat(minimal(text, s -> assertThat(s.length()).isLessThan(4), 2)).isEqualTo("n100");
        Gen<List<Integer>> sized = Gens.ints(0, 10).flatMap(n -> Gens.listOf(Gens.ints(0, 9), n, n));
        assertThat(minimal(sized, l -> assertThat(l).hasSizeLessThan(3), 2)).containsExactly(0, 0, 0);
    }

    @Test
    void fullRangeLongsShrinkWithoutOverflow() {
        assertThat(minimal(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), v -> assertThat(v).isNegative(), 4))
                .isEqualTo(0L);
        assertThat(minimal(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), v -> assertThat(v).isLessThan(Long.MIN_VALUE + 7), 4))
                .isEqualTo(Long.MIN_VALUE + 7);
        long big = 1L << 40;
        assertThat(minimal(Gens.longs(0, Long.MAX_VALUE), v -> assertThat(v).isLessThanOrEqualTo(big), 4))
                .isEqualTo(big + 1);
        assertThat(minimal(Gens.longsTowards(Long.MIN_VALUE, Long.MAX_VALUE, 0), v -> assertThat(v).isGreaterThan(-5L), 4))
                .isEqualTo(-5L);
    }

    @Test
    void shrinkingDoesNotSlipToADifferentBug() {
        // Large values hit one bug, medium values another; the shrunk case must keep the first.
        PropertyOutcome<Long> outcome = Property.run("two bugs", Gens.longs(1000, 1_000_000), v -> {
            if (v >= 5000) {
                throw new IllegalStateException("big: " + v);
            }
            throw new AssertionError("medium: " + v);
        }, seeded(7));
        PropertyFailure failure = outcome.failure().orElseThrow();
        // A seed whose first failure is the "big" bug; then shrinking must stay at its boundary.
        assertThat(failure.originalFailure()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("big: 5000");
        assertThat(outcome.counterexample()).contains(5000L);
    }

    @Test
    void anyAssertionErrorCountsAsTheSameFailure() {
        assertThat(Shrinker.sameFailure(new AssertionError("a"), new org.opentest4j.AssertionFailedError("b"))).isTrue();
        assertThat(Shrinker.sameFailure(new IllegalStateException(), new IllegalArgumentException())).isFalse();
        assertThat(Shrinker.sameFailure(new IllegalStateException("x"), new IllegalStateException("y"))).isTrue();
    }

    @Test
    void shrinkingStopsAtTheRunLimitAndSaysSo() {
        PropertyOutcome<List<Integer>> outcome = Property.run("limited", Gens.listOf(Gens.ints(0, 1000), 0, 20),
                l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100),
                PropertySettings.builder().seed(1).maxShrinkRuns(3).build());
        ShrinkStatistics stats = outcome.failure().orElseThrow().shrinkStatistics();
        assertThat(stats.runs()).isEqualTo(3);
        assertThat(stats.limitReached()).isTrue();
        assertThat(outcome.failure().orElseThrow().getMessage()).contains("stopped at the run limit");
    }

    @Test
    void statisticsCountRunsAndChoices() {
        PropertyOutcome<List<Integer>> outcome = Property.run("stats", Gens.listOf(Gens.ints(0, 1000), 0, 20),
                l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100), seeded(1));
        ShrinkStatistics stats = outcome.failure().orElseThrow().shrinkStatistics();
        assertThat(stats.choicesAfter()).isEqualTo(3); // "more?", 101, "no more"
        assertThat(stats.choicesBefore()).isGreaterThan(stats.choicesAfter());
        assertThat(stats.runs()).isGreaterThanOrEqualTo(stats.accepted()).isPositive();
        assertThat(stats.limitReached()).isFalse();
    }
}
