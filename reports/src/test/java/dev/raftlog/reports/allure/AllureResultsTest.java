package dev.raftlog.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.raftlog.reports.cli.SampleReport;
import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.UnopenableStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the real allure-junit-platform listener, with the kit's extension, wrote for the sample run. */
class AllureResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static List<JsonNode> results;

    @BeforeAll
    static void readResults() throws IOException {
        dir = SampleReport.directory().resolve("allure-results");
        results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                results.add(JSON.readTree(f.toFile()));
            }
        }
    }

    @Test
    void aViolationIsFailedLabelledAndCarriesItsCounterexample() throws IOException {
        JsonNode r = result(ExclusiveDeleteStore.class.getName(), "LS-DELETE-04");

        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(label(r, "severity")).containsExactly("critical");
        assertThat(label(r, "feature")).containsExactly("Delete range");
        assertThat(label(r, "tag")).contains("LS-DELETE-04", "MUST");
        assertThat(label(r, "epic")).containsExactly("LogStore contract");
        assertThat(label(r, "suite")).containsExactly(ExclusiveDeleteStore.class.getName());
        assertThat(r.path("links").get(0).path("url").asText()).endsWith("REQUIREMENTS.md#ls-delete-04-must");
        assertThat(r.path("statusDetails").path("message").asText()).startsWith("LS-DELETE-04 MUST: ");
        String code = attachment(r, "Counterexample (Java)");
        assertThat(code).contains("LogStore store = newStore();").contains("store.deleteRange(");
        assertThat(attachment(r, "Expected vs actual")).startsWith("expected: ").contains("\nactual:   ");
        assertThat(attachment(r, "Violation report")).contains("Why it matters:");
    }

    @Test
    void theRandomTestsViolationCarriesItsReplayTokenAndSeed() throws IOException {
        JsonNode r = result(ExclusiveDeleteStore.class.getName(), "LS-MODEL-01");

        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(attachment(r, "Replay token and seed")).contains("-Draftlog.replay=").contains("-Draftlog.seed=42");
    }

    @Test
    void aStoreThatCannotBeOpenedGivesBrokenResultsNotViolations() {
        JsonNode r = result(UnopenableStore.class.getName(), "LS-EMPTY-01");

        assertThat(r.path("status").asText()).isEqualTo("broken");
        assertThat(r.path("statusDetails").path("message").asText()).contains("disk not mounted");
    }

    @Test
    void aRuleThatDoesNotApplyIsSkippedWithTheReason() {
        JsonNode r = result("dev.raftlog.api.InMemoryLogStore", "LS-RESTART-01");

        assertThat(r.path("status").asText()).isEqualTo("skipped");
        assertThat(r.path("statusDetails").path("message").asText()).contains("needs a reopenable store");
        assertThat(result("dev.raftlog.api.InMemoryLogStore", "LS-DELETE-04").path("status").asText()).isEqualTo("passed");
    }

    @Test
    void shouldRulesAreNormalSeverity() {
        JsonNode r = result("dev.raftlog.api.InMemoryLogStore", "LS-ARGS-03");

        assertThat(label(r, "severity")).containsExactly("normal");
        assertThat(RequirementAllureExtension.severity(dev.raftlog.tck.catalogue.Level.MAY)).isEqualTo("minor");
    }

    @Test
    void oneTestOnTwoStoresIsTwoHistoriesNotARetry() {
        JsonNode a = result("dev.raftlog.api.InMemoryLogStore", "LS-EMPTY-01");
        JsonNode b = result(ExclusiveDeleteStore.class.getName(), "LS-EMPTY-01");

        assertThat(a.path("historyId").asText()).isNotEqualTo(b.path("historyId").asText());
    }

    @Test
    void categoriesSeparateViolationsByLevelHarnessErrorsAndSkips() throws IOException {
        JsonNode categories = JSON.readTree(dir.resolve("categories.json").toFile());
        String mustRegex = categories.get(0).path("messageRegex").asText();
        String shouldRegex = categories.get(1).path("messageRegex").asText();
        String outsideRegex = categories.get(3).path("messageRegex").asText();

        assertThat(categories).hasSize(6);
        assertThat(categories.get(0).path("matchedStatuses").get(0).asText()).isEqualTo("failed");
        assertThat(categories.get(4).path("matchedStatuses").get(0).asText()).isEqualTo("broken");
        assertThat(categories.get(5).path("matchedStatuses").get(0).asText()).isEqualTo("skipped");
        String must = result(ExclusiveDeleteStore.class.getName(), "LS-DELETE-04").path("statusDetails").path("message").asText();
        assertThat(Pattern.compile(mustRegex).matcher(must).matches()).isTrue();
        assertThat(Pattern.compile(shouldRegex).matcher(must).matches()).isFalse();
        assertThat(Pattern.compile(outsideRegex).matcher(must).matches()).isFalse();
        String should = "LS-ARGS-03 SHOULD (optional rule): Every rejected call carries a message.\n  ...";
        assertThat(Pattern.compile(shouldRegex).matcher(should).matches()).isTrue();
        assertThat(Pattern.compile(mustRegex).matcher(should).matches()).isFalse();
        assertThat(Pattern.compile(outsideRegex).matcher("expected: <1> but was: <2>").matches()).isTrue();
    }

    @Test
    void environmentDescribesTheRun() throws IOException {
        Properties env = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("environment.properties"), StandardCharsets.ISO_8859_1)) {
            env.load(in);
        }

        assertThat(env.getProperty("seed")).isEqualTo("42");
        assertThat(env.getProperty("tries")).isEqualTo("quick");
        assertThat(env.getProperty("stores")).contains(ExclusiveDeleteStore.class.getName());
    }

    @Test
    void junitXmlIsWrittenPerStore() throws IOException {
        Path xml = SampleReport.directory().resolve("junit").resolve(ExclusiveDeleteStore.class.getName())
                .resolve("TEST-junit-jupiter.xml");

        assertThat(Files.readString(xml)).contains("<testsuite").contains("LS-DELETE-04").contains("<failure");
    }

    private static JsonNode result(String store, String id) {
        return results.stream()
                .filter(r -> label(r, "suite").contains(store) && label(r, "requirement").contains(id))
                .findFirst().orElseThrow(() -> new AssertionError("no Allure result for " + id + " on " + store));
    }

    private static List<String> label(JsonNode r, String name) {
        List<String> values = new ArrayList<>();
        r.path("labels").forEach(l -> {
            if (l.path("name").asText().equals(name)) {
                values.add(l.path("value").asText());
            }
        });
        return values;
    }

    private static String attachment(JsonNode r, String name) throws IOException {
        for (JsonNode a : r.path("attachments")) {
            if (a.path("name").asText().equals(name)) {
                return Files.readString(dir.resolve(a.path("source").asText()));
            }
        }
        throw new AssertionError("no attachment '" + name + "' in " + r.path("name").asText());
    }
}
