package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Same settings give the same run; a replay token gives back exactly the minimal case. */
class ReplayAndDeterminismTest {

    private static final Gen<List<Integer>> LISTS = Gens.listOf(Gens.ints(0, 1000), 0, 20);
    private static final ThrowingConsumer<List<Integer>> SUM_AT_MOST_100 =
            l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100);

    private static PropertySettings seeded(long seed) {
        return PropertySettings.builder().seed(seed).tries(100).build();
    }

    @Test
    void theSameSeedGivesTheSameOutcome() {
        PropertyFailure a = Property.run("sum", LISTS, SUM_AT_MOST_100, seeded(11)).failure().orElseThrow();
        PropertyFailure b = Property.run("sum", LISTS, SUM_AT_MOST_100, seeded(11)).failure().orElseThrow();
        assertThat(b.triesUntilFailure()).isEqualTo(a.triesUntilFailure());
        assertThat(b.replayToken()).isEqualTo(a.replayToken());
        assertThat(b.shrinkStatistics()).isEqualTo(a.shrinkStatistics());
        assertThat(b.originalFailure()).hasMessage(a.originalFailure().getMessage());
        assertThat(b.getMessage()).isEqualTo(a.getMessage());
    }

    @Test
    void theSameSeedGeneratesTheSameValuesAndDifferentSeedsDiffer() {
        List<List<Integer>> first = record(21);
        assertThat(record(21)).isEqualTo(first);
        List<List<Integer>> other = record(22);
        assertThat(other).isNotEqualTo(first);
        Set<List<Integer>> distinct = new HashSet<>(first);
        assertThat(distinct).as("tries explore different values").hasSizeGreaterThan(30);
    }

    private static List<List<Integer>> record(long seed) {
        List<List<Integer>> seen = new ArrayList<>();
        Property.check("record", LISTS, seen::add, seeded(seed));
        assertThat(seen).hasSize(100);
        return seen;
    }

    @Test
    void aReplayTokenReproducesTheMinimalCaseInOneTry() {
        PropertyOutcome<List<Integer>> found = Property.run("sum", LISTS, SUM_AT_MOST_100, seeded(5));
        String token = found.failure().orElseThrow().replayToken();
        List<List<Integer>> seen = new ArrayList<>();
        PropertyOutcome<List<Integer>> replayed = Property.run("sum", LISTS, l -> {
            seen.add(l);
            SUM_AT_MOST_100.accept(l);
        }, PropertySettings.builder().seed(12345).replay(token).build());
        assertThat(seen).containsExactly(List.of(101));
        assertThat(replayed.replayed()).isTrue();
        assertThat(replayed.tries()).isEqualTo(1);
        assertThat(replayed.counterexample()).isEqualTo(found.counterexample());
        PropertyFailure failure = replayed.failure().orElseThrow();
        assertThat(failure.replayToken()).isEqualTo(token);
        assertThat(failure.getCause()).hasMessage(found.failure().orElseThrow().getCause().getMessage());
        assertThat(failure.getMessage()).contains("Replayed from token " + token).doesNotContain("Shrinking:");
    }

    @Test
    void aReplayedCaseThatNowPassesPasses() {
        String token = Property.run("sum", LISTS, SUM_AT_MOST_100, seeded(5)).failure().orElseThrow().replayToken();
        PropertyOutcome<List<Integer>> fixed = Property.run("sum", LISTS, l -> { },
                PropertySettings.builder().replay(token).build());
        assertThat(fixed.passed()).isTrue();
        assertThat(fixed.replayed()).isTrue();
        assertThat(fixed.tries()).isEqualTo(1);
    }

    @Test
    void aTokenOfAnotherPropertyIsIgnored() {
        String token = Property.run("sum", LISTS, SUM_AT_MOST_100, seeded(5)).failure().orElseThrow().replayToken();
        int[] runs = {0};
        PropertyOutcome<List<Integer>> other = Property.run("another property", LISTS, l -> runs[0]++,
                seeded(5).toBuilder().replay(token).build());
        assertThat(other.replayed()).isFalse();
        assertThat(runs[0]).isEqualTo(100);
    }

    @Test
    void tokensRoundTripAndAreCompact() {
        long[] choices = {0, 1, 127, 128, 255, 1_000_000, Long.MAX_VALUE};
        String token = ReplayToken.encode("p", choices);
        assertThat(token).startsWith("rl1:").matches("rl1:[A-Za-z0-9_-]+");
        ReplayToken.Decoded decoded = ReplayToken.decode(token);
        assertThat(decoded.choices()).containsExactly(choices);
        assertThat(decoded.isFor("p")).isTrue();
        assertThat(decoded.isFor("q")).isFalse();
        assertThat(ReplayToken.encode("p", new long[20]).length()).isLessThan(40);
    }

    @Test
    void malformedTokensAreRejectedWithTheReason() {
        assertThatThrownBy(() -> ReplayToken.decode("xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with 'rl1:'").hasMessageContaining("'xyz'");
        assertThatThrownBy(() -> ReplayToken.decode("rl1:***")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid base64url");
        assertThatThrownBy(() -> ReplayToken.decode("rl1:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> ReplayToken.decode("rl1:gA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated or corrupt");
        assertThatThrownBy(() -> ReplayToken.decode("rl1:AAE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative choice");
        assertThatThrownBy(() -> PropertySettings.builder().replay("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
