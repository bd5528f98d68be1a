package dev.raftlog.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A user's own test run: their LogStoreKit subclass, allure-junit-platform and raftlog-reports
 * on the test classpath, extension autodetection on. The auto-registered Allure listener and
 * the kit's extension must meet in Allure's default lifecycle (results where
 * {@code allure.results.directory} says; surefire sets it for this module).
 */
class OwnTestRunAllureTest {

    @Test
    void aUsersOwnRunGetsTheRequirementLabelsAndTheCounterexample() throws Exception {
        Path results = Path.of(System.getProperty("allure.results.directory", "allure-results"));
        long before = System.currentTimeMillis();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(ExclusiveDeleteKit.class.getName() + "#prefixDeleteIncludesItsUpperBound"))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build());

        JsonNode r = latest(results, ExclusiveDeleteKit.class.getName() + ".prefixDeleteIncludesItsUpperBound");
        assertThat(r.path("start").asLong()).as("a result of this run, not an earlier one").isGreaterThanOrEqualTo(before);
        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(labels(r, "requirement")).containsExactly("LS-DELETE-04");
        assertThat(labels(r, "severity")).containsExactly("critical");
        assertThat(labels(r, "suite")).containsExactly(ExclusiveDeleteKit.class.getName());
        List<String> attachments = new ArrayList<>();
        r.path("attachments").forEach(a -> attachments.add(a.path("name").asText()));
        assertThat(attachments).contains("Counterexample (Java)", "Expected vs actual", "Violation report");
    }

    private static JsonNode latest(Path dir, String fullName) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode newest = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                JsonNode r = json.readTree(f.toFile());
                if (fullName.equals(r.path("fullName").asText())
                        && (newest == null || r.path("stop").asLong() > newest.path("stop").asLong())) {
                    newest = r;
                }
            }
        }
        assertThat(newest).as("an Allure result for " + fullName + " in " + dir).isNotNull();
        return newest;
    }

    private static List<String> labels(JsonNode r, String name) {
        List<String> values = new ArrayList<>();
        r.path("labels").forEach(l -> {
            if (l.path("name").asText().equals(name)) {
                values.add(l.path("value").asText());
            }
        });
        return values;
    }
}
