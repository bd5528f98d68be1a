package dev.raftlog.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The knobs: tries presets and numbers, seed, replay, and the errors for bad values. */
class PropertySettingsTest {

    private static PropertySettings from(int defaultTries, Map<String, String> props, Map<String, String> env) {
        return PropertySettings.fromSources(defaultTries, props::get, env::get);
    }

    @ParameterizedTest
    @CsvSource({
        "quick, 200, 20", "quick, 50, 10", "quick, 5, 5", "QUICK, 1000, 100",
        "default, 200, 200", "deep, 200, 2000", "soak, 200, 20000", " soak , 30000000, 2147483647",
        "7, 200, 7", "1, 200, 1"})
    void triesPresetsScaleTheDefaultAndNumbersReplaceIt(String knob, int defaultTries, int expected) {
        assertThat(from(defaultTries, Map.of("raftlog.tries", knob), Map.of()).tries()).isEqualTo(expected);
        assertThat(from(defaultTries, Map.of(), Map.of("RAFTLOG_TRIES", knob)).tries()).isEqualTo(expected);
    }

    @Test
    void withoutKnobsTheDefaultsApplyAndTheSeedIsRandom() {
        PropertySettings a = from(123, Map.of(), Map.of());
        PropertySettings b = from(123, Map.of(), Map.of());
        assertThat(a.tries()).isEqualTo(123);
        assertThat(a.replay()).isEmpty();
        assertThat(a.seedChosenRandomly()).isTrue();
        assertThat(a.seed()).isNotEqualTo(b.seed());
        assertThat(a.maxShrinkRuns()).isEqualTo(PropertySettings.DEFAULT_MAX_SHRINK_RUNS);
        assertThat(a.maxChoicesPerTry()).isEqualTo(PropertySettings.DEFAULT_MAX_CHOICES_PER_TRY);
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        PropertySettings s = from(100, Map.of("raftlog.tries", "deep", "raftlog.seed", "-42"),
                Map.of("RAFTLOG_TRIES", "3", "RAFTLOG_SEED", "9"));
        assertThat(s.tries()).isEqualTo(1000);
        assertThat(s.seed()).isEqualTo(-42L);
        assertThat(s.seedChosenRandomly()).isFalse();
    }

    @Test
    void seedAndReplayComeFromTheEnvironment() {
        String token = ReplayToken.encode("p", new long[] {1, 2, 3});
        PropertySettings s = from(100, Map.of(), Map.of("RAFTLOG_SEED", " 77 ", "RAFTLOG_REPLAY", token));
        assertThat(s.seed()).isEqualTo(77L);
        assertThat(s.replay()).contains(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "lots", "1.5", "99999999999"})
    void badTriesNameTheKnobAndTheValue(String bad) {
        assertThatThrownBy(() -> from(100, Map.of("raftlog.tries", bad), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("system property raftlog.tries")
                .hasMessageContaining("'" + bad + "'")
                .hasMessageContaining("quick, default, deep, soak");
        assertThatThrownBy(() -> from(100, Map.of(), Map.of("RAFTLOG_TRIES", bad)))
                .hasMessageContaining("environment variable RAFTLOG_TRIES").hasMessageContaining("'" + bad + "'");
    }

    @Test
    void badSeedAndReplayNameTheKnobAndTheValue() {
        assertThatThrownBy(() -> from(100, Map.of("raftlog.seed", "0xBEEF"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("system property raftlog.seed must be a long, but was '0xBEEF'");
        assertThatThrownBy(() -> from(100, Map.of(), Map.of("RAFTLOG_REPLAY", "garbage")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment variable RAFTLOG_REPLAY is not a replay token")
                .hasMessageContaining("'garbage'");
        assertThatThrownBy(() -> from(0, Map.of(), Map.of())).hasMessageContaining("defaultTries must be >= 1, was 0");
    }

    @Test
    void blankKnobsCountAsAbsent() {
        assertThat(from(100, Map.of("raftlog.tries", " "), Map.of("RAFTLOG_TRIES", "5")).tries()).isEqualTo(5);
    }

    @Test
    void theBuilderChecksEverySettingAndToBuilderKeepsThem() {
        assertThatThrownBy(() -> PropertySettings.builder().tries(0)).hasMessageContaining("tries must be >= 1, was 0");
        assertThatThrownBy(() -> PropertySettings.builder().maxShrinkRuns(-1)).hasMessageContaining("maxShrinkRuns");
        assertThatThrownBy(() -> PropertySettings.builder().maxChoicesPerTry(0)).hasMessageContaining("maxChoicesPerTry");
        String token = ReplayToken.encode("p", new long[] {4});
        PropertySettings s = PropertySettings.builder().tries(9).seed(3).replay(token).maxShrinkRuns(17)
                .maxChoicesPerTry(50).build();
        PropertySettings copy = s.toBuilder().build();
        assertThat(copy.tries()).isEqualTo(9);
        assertThat(copy.seed()).isEqualTo(3);
        assertThat(copy.seedChosenRandomly()).isFalse();
        assertThat(copy.replay()).contains(token);
        assertThat(copy.maxShrinkRuns()).isEqualTo(17);
        assertThat(copy.maxChoicesPerTry()).isEqualTo(50);
        assertThat(s.toBuilder().replay(null).build().replay()).isEmpty();
        PropertySettings random = PropertySettings.builder().build();
        assertThat(random.toBuilder().build().seed()).isEqualTo(random.seed());
    }
}
