package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Generators stay in their ranges, cover them, and reject bad arguments. */
class GensTest {

    private static <T> List<T> sample(Gen<T> gen, int count) {
        SplittableRandom random = new SplittableRandom(2024);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.generate(ChoiceSource.random(random.split(), 10_000)));
        }
        return values;
    }

    @Test
    void longsStayInRangeAndReachBothEnds() {
        List<Long> values = sample(Gens.longs(-5, 5), 2000);
        assertThat(values).allMatch(v -> v >= -5 && v <= 5).contains(-5L, 0L, 5L);
        assertThat(sample(Gens.longs(7, 7), 10)).containsOnly(7L);
    }

    @Test
    void theFullLongRangeWorksWithoutOverflow() {
        List<Long> values = sample(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 2000);
        assertThat(values).anyMatch(v -> v < -(1L << 62)).anyMatch(v -> v > (1L << 62))
                .anyMatch(v -> Math.abs(v) < 1000);
        List<Long> nonNegative = sample(Gens.longs(0, Long.MAX_VALUE), 2000);
        assertThat(nonNegative).allMatch(v -> v >= 0).anyMatch(v -> v > (1L << 62)).contains(0L, Long.MAX_VALUE);
        List<Long> wide = sample(Gens.longs(-10, Long.MAX_VALUE), 2000);
        assertThat(wide).allMatch(v -> v >= -10).contains(-10L);
        List<Long> towards = sample(Gens.longsTowards(Long.MIN_VALUE, Long.MAX_VALUE, 0), 2000);
        assertThat(towards).anyMatch(v -> v < 0).anyMatch(v -> v > 0).contains(0L);
    }

    @Test
    void longsTowardsStayInRangeAtEitherEdge() {
        assertThat(sample(Gens.longsTowards(-3, 3, 3), 500)).allMatch(v -> v >= -3 && v <= 3).contains(-3L, 3L);
        assertThat(sample(Gens.longsTowards(-3, 3, -3), 500)).allMatch(v -> v >= -3 && v <= 3).contains(-3L, 3L);
        assertThat(sample(Gens.longsTowards(4, 4, 4), 10)).containsOnly(4L);
        assertThatThrownBy(() -> Gens.longsTowards(0, 10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin 11 must be within [0, 10]");
    }

    @Test
    void intsCoverTheFullIntRange() {
        List<Integer> values = sample(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 2000);
        assertThat(values).contains(Integer.MIN_VALUE, Integer.MAX_VALUE).anyMatch(v -> v < 0).anyMatch(v -> v > 0);
        assertThat(sample(Gens.ints(1, 3), 300)).containsOnly(1, 2, 3);
    }

    @Test
    void listsAndBytesRespectTheirSizes() {
        List<List<Integer>> lists = sample(Gens.listOf(Gens.ints(0, 9), 2, 6), 1000);
        assertThat(lists).allMatch(l -> l.size() >= 2 && l.size() <= 6);
        Set<Integer> sizes = new HashSet<>();
        lists.forEach(l -> sizes.add(l.size()));
        assertThat(sizes).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
        List<byte[]> arrays = sample(Gens.bytes(1, 4), 1000);
        assertThat(arrays).allMatch(b -> b.length >= 1 && b.length <= 4);
        assertThat(arrays).anyMatch(b -> b[0] < 0).anyMatch(b -> b[0] > 0);
        assertThat(sample(Gens.listOf(Gens.ints(0, 9), 0, 0), 10)).allMatch(List::isEmpty);
        assertThatThrownBy(() -> Gens.listOf(Gens.booleans(), 3, 2)).hasMessageContaining("were min 3, max 2");
        assertThatThrownBy(() -> Gens.bytes(-1, 2)).hasMessageContaining("were min -1, max 2");
    }

    @Test
    void choicesAreFollowedByElementsOneOfAndFrequency() {
        assertThat(sample(Gens.elements("a", "b", "c"), 300)).containsOnly("a", "b", "c");
        assertThat(sample(Gens.elements(List.of(1)), 3)).containsOnly(1);
        assertThat(sample(Gens.oneOf(Gens.constant(1), Gens.ints(5, 6)), 300)).containsOnly(1, 5, 6);
        Map<String, Integer> counts = new HashMap<>();
        sample(Gens.frequency(Weighted.of(1, Gens.constant("rare")), Weighted.of(9, Gens.constant("common"))), 2000)
                .forEach(v -> counts.merge(v, 1, Integer::sum));
        assertThat(counts.get("common")).isGreaterThan(counts.get("rare") * 4);
        assertThat(counts.get("rare")).isPositive();
        assertThat(sample(Gens.combine(Gens.ints(0, 3), Gens.ints(10, 13), Integer::sum), 200))
                .allMatch(v -> v >= 10 && v <= 16);
    }

    @Test
    void badArgumentsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Gens.longs(2, 1)).hasMessageContaining("min 2 must be <= max 1");
        assertThatThrownBy(() -> Gens.ints(2, 1)).hasMessageContaining("min 2 must be <= max 1");
        assertThatThrownBy(() -> Gens.elements(List.of())).hasMessageContaining("at least one value");
        assertThatThrownBy(Gens::oneOf).hasMessageContaining("at least one generator");
        assertThatThrownBy(Gens::frequency).hasMessageContaining("at least one weighted generator");
        assertThatThrownBy(() -> Weighted.of(0, Gens.booleans())).hasMessageContaining("weight must be >= 1, was 0");
        ChoiceSource source = ChoiceSource.random(new SplittableRandom(1), 10);
        assertThatThrownBy(() -> source.choose(-1)).hasMessageContaining("maxInclusive must be >= 0, was -1");
        assertThatThrownBy(() -> source.weighted(1.5)).hasMessageContaining("pTrue must be within [0, 1], was 1.5");
        assertThatThrownBy(() -> source.weighted(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void aReplaySourcePlaysBackClampsAndThenAnswersZero() {
        ChoiceSource source = ChoiceSource.replay(new long[] {5, 99, 1}, 10);
        assertThat(source.choose(10)).isEqualTo(5);
        assertThat(source.choose(10)).isEqualTo(10);
        assertThat(source.weighted(0.0)).isTrue();
        assertThat(source.choose(10)).isZero();
        assertThat(source.weighted(1.0)).isFalse();
        assertThat(source.recorded()).containsExactly(5, 10, 1, 0, 0);
    }

    @Test
    void aSourceStopsAtItsChoiceLimit() {
        ChoiceSource source = ChoiceSource.replay(new long[0], 2);
        source.choose(1);
        source.choose(1);
        assertThat(source.overran()).isFalse();
        assertThatThrownBy(() -> source.choose(1)).isInstanceOf(TryDiscarded.class);
        assertThat(source.overran()).isTrue();
    }
}
