package dev.raftlog.reports.browser;

import dev.raftlog.reports.CatalogueCounts;
import dev.raftlog.tck.catalogue.Level;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.raftlog.reports.cli.SampleReport;
import dev.raftlog.reports.html.ConformanceHtml;
import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.ScriptInMessageStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the sample run's conformance report from disk in a real headless Chromium and checks
 * what a person sees: the matrix, the scores, a failure opened by clicking its cell, and that
 * a store's markup stayed text. Saves screenshots under {@code target/browser/}.
 *
 * <p>Skipped, with the reason, only when Chromium is not installed and {@code CI} is not
 * "true"; in CI a missing browser fails the test.
 */
class ConformanceReportInBrowserTest {
    private static final Path SHOTS = Path.of("target", "browser").toAbsolutePath();
    private static HeadlessChromium browser;
    private static URI page;
    private static String missing;
    private static Path profile;

    @BeforeAll
    static void openThePage() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String reason = "Chromium is not installed (apt-get install -y chromium, or set CHROMIUM to a Chrome binary)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(reason + "; in CI the browser test must run");
            }
            missing = reason;
            return;
        }
        page = SampleReport.directory().resolve(ConformanceHtml.FILE_NAME).toUri();
        profile = SHOTS.resolve("profile-" + ProcessHandle.current().pid());
        browser = HeadlessChromium.start(chromium.get(), profile, 1400, 1000);
        browser.open(page);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (profile != null) {
            // The browser's throw-away profile; screenshots stay.
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
                // best effort: target/ is cleaned by the next mvn clean anyway
            }
        }
    }

    @Test
    void aPersonSeesTheMatrixTheScoresAndAFailureAfterClickingItsCell() throws Exception {
        Assumptions.assumeTrue(missing == null, missing);
        browser.open(page);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("conformance-report.png"), browser.screenshot());

        String header = text("document.querySelector('table.matrix thead').innerText");
        assertThat(header).contains("ID", "Level", "Requirement", "dev.raftlog.api.InMemoryLogStore", ExclusiveDeleteStore.class.getName());
        assertThat(text("document.querySelector('.store[data-store=s0]').innerText"))
                .contains(inMemoryScore()).contains("CONFORMANT");
        assertThat(text("document.querySelector('.store[data-store=s1]').innerText")).contains("NOT CONFORMANT");
        assertThat(text("document.querySelector('tr[data-id=\"LS-DELETE-04\"]').innerText"))
                .contains("LS-DELETE-04", "MUST", "\u2713", "\u2717 FAIL");
        assertThat(text("document.querySelector('tr[data-id=\"LS-RESTART-01\"] td.skipped').title")).contains("needs a reopenable store");

        browser.eval("document.querySelector('tr[data-id=\"LS-READ-01\"]').scrollIntoView({block: 'start'})");
        Files.write(SHOTS.resolve("conformance-report-matrix.png"), browser.screenshot());

        String failure = "document.getElementById('f-s1-LS-DELETE-04')";
        assertThat(browser.eval(failure + ".open").asBoolean()).as("closed before the click").isFalse();
        assertThat(visible(failure + ".querySelector('pre.code')")).as("code hidden before the click").isFalse();

        clickCenterOf("tr[data-id=\"LS-DELETE-04\"] td.fail a");

        assertThat(browser.eval(failure + ".open").asBoolean()).as("opened by the click").isTrue();
        assertThat(visible(failure + ".querySelector('pre.code')")).as("code visible after the click").isTrue();
        assertThat(text(failure + ".innerText")).contains("LogStore store = newStore();").contains("store.deleteRange(")
                .contains("expected").contains("actual");
        Files.write(SHOTS.resolve("conformance-report-failure.png"), browser.screenshot());
    }

    @Test
    void expandAllOpensEveryFailureAndAStoresMarkupIsShownAsText() throws Exception {
        Assumptions.assumeTrue(missing == null, missing);
        browser.open(URI.create(page + "#expand-all"));

        assertThat(browser.eval("[...document.querySelectorAll('details.failure')].every(d => d.open)").asBoolean()).isTrue();
        assertThat(browser.eval("document.querySelectorAll('details.failure').length").asInt()).isGreaterThan(3);
        assertThat(browser.eval("window.__injected === undefined").asBoolean()).as("the store's script did not run").isTrue();
        assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).as("no element from a store").isZero();
        assertThat(text("document.getElementById('f-s2-LS-READ-01').innerText")).contains(ScriptInMessageStore.MARKUP);
    }

    private static String text(String expression) throws Exception {
        JsonNode v = browser.eval(expression);
        assertThat(v.isTextual()).as(expression + " gave " + v).isTrue();
        return v.asText();
    }

    private static boolean visible(String element) throws Exception {
        // checkVisibility: a closed <details> hides its content with content-visibility, which
        // still lays the content out (so client rects alone would call it visible).
        return browser.eval("(e => e.checkVisibility() && e.getClientRects().length > 0)(" + element + ")").asBoolean();
    }

    private static void clickCenterOf(String selector) throws Exception {
        browser.eval("document.querySelector('" + selector.replace("'", "\\'") + "').scrollIntoView({block: 'center'})");
        JsonNode rect = browser.eval("(r => ({x: r.left + r.width / 2, y: r.top + r.height / 2}))(document.querySelector('"
                + selector.replace("'", "\\'") + "').getBoundingClientRect())");
        browser.click(rect.path("x").asDouble(), rect.path("y").asDouble());
        for (int i = 0; i < 40 && !browser.eval("location.hash").asText().startsWith("#f-"); i++) {
            Thread.sleep(25);
        }
    }

    private static String inMemoryScore() {
        int must = CatalogueCounts.forFreshGeneralStore(Level.MUST);
        int should = CatalogueCounts.forFreshGeneralStore(Level.SHOULD);
        return "MUST " + must + "/" + must + ", SHOULD " + should + "/" + should + ", MAY 0/0";
    }
}
