package dev.raftlog.reports.html;

import dev.raftlog.reports.CatalogueCounts;
import dev.raftlog.tck.catalogue.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.reports.cli.SampleReport;
import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.ScriptInMessageStore;
import dev.raftlog.tck.catalogue.Area;
import dev.raftlog.tck.catalogue.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML of the sample run's conformance report, read as text. */
class ConformanceHtmlTest {
    private static final int MUST = CatalogueCounts.forFreshGeneralStore(Level.MUST);
    private static final int SHOULD = CatalogueCounts.forFreshGeneralStore(Level.SHOULD);

    private static String page;

    @BeforeAll
    static void readPage() throws IOException {
        page = Files.readString(SampleReport.directory().resolve(ConformanceHtml.FILE_NAME));
    }

    @Test
    void theCliPrintsWhereThePageIs() {
        assertThat(SampleReport.stdout()).contains("Conformance report: " + SampleReport.directory().resolve(ConformanceHtml.FILE_NAME));
    }

    @Test
    void thePageNeedsNoNetwork() {
        assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//")
                .doesNotContainPattern("(?i)<link\\b")
                .doesNotContainPattern("(?i)@import")
                .contains("<style>").contains("<script>\n");
    }

    @Test
    void storesAreColumnsInTheOrderRun() {
        Matcher m = Pattern.compile("<th class=\"store-col\" data-store=\"s(\\d)\">([^<]*)</th>").matcher(page);
        List<String> columns = m.results().map(r -> r.group(2)).toList();

        assertThat(columns).containsExactly("dev.raftlog.api.InMemoryLogStore", ExclusiveDeleteStore.class.getName(),
                ScriptInMessageStore.class.getName(), SampleReport.STORES[3]);
    }

    @Test
    void requirementsAreRowsGroupedByArea() {
        int last = -1;
        for (Area area : Area.values()) {
            List<Requirement> rules = Arrays.stream(Requirement.values()).filter(r -> r.area() == area).toList();
            if (rules.isEmpty()) {
                assertThat(page).doesNotContain(">" + area.title() + "</th></tr>");
                continue;
            }
            int header = page.indexOf("<tr class=\"area\"><th colspan=\"7\">" + area.title() + "</th></tr>");
            assertThat(header).as(area.title()).isGreaterThan(last);
            for (Requirement r : rules) {
                assertThat(page.indexOf("<tr data-id=\"" + r.id() + "\">")).as(r.id()).isGreaterThan(header);
            }
            last = header;
        }
    }

    @Test
    void cellsSayPassFailSkippedWithTheReasonOnHoverAndLinkFailuresToTheirDetails() {
        String row = row("LS-DELETE-04");
        String restart = row("LS-RESTART-01");

        assertThat(row).contains("<td class=\"cell pass\" title=\"passed\">&#10003;</td>")
                .containsPattern("<td class=\"cell fail\" title=\"FAILED: [^\"]+\"><a href=\"#f-s1-LS-DELETE-04\">&#10007; FAIL</a></td>")
                .containsPattern("<td class=\"cell error\" title=\"ERROR \\(no verdict\\): [^\"]*disk not mounted[^\"]*\">");
        assertThat(restart).contains("<td class=\"cell skipped\" title=\"skipped: needs a reopenable store: declare the factory with "
                + "StoreFactory.durable(dir -&gt; open(dir))\">&ndash; skipped</td>");
    }

    @Test
    void eachStoreHasItsScoreByLevelAndAVerdict() {
        assertThat(page).contains("<div class=\"store\" data-store=\"s0\">\n<div class=\"name\">dev.raftlog.api.InMemoryLogStore</div>\n"
                + "<div class=\"score\">MUST " + MUST + "/" + MUST + ", SHOULD " + SHOULD + "/" + SHOULD
                + ", MAY 0/0</div>\n<span class=\"verdict ok\">CONFORMANT</span>");
        assertThat(page).containsPattern("data-store=\"s1\">\n<div class=\"name\">[^<]+</div>\n<div class=\"score\">MUST \\d+/" + MUST + ", "
                + "SHOULD \\d/2, MAY 0/0</div>\n<span class=\"verdict bad\">NOT CONFORMANT \\(MUST rules violated: [^<]*LS-DELETE-04");
        assertThat(page).containsPattern("data-store=\"s3\">\n<div class=\"name\">[^<]+UnopenableStore</div>\n"
                + "<div class=\"score\">MUST 0/" + MUST + ", SHOULD 0/" + SHOULD + ", MAY 0/0</div>\n<span class=\"verdict bad\">"
                + "NO VERDICT \\([^<]*errors before a verdict: LS-EMPTY-01, [^<]* and \\d+ more\\)</span>");
    }

    @Test
    void aFailureExpandsToItsCounterexampleReplayAndDiff() {
        int start = page.indexOf("<details class=\"failure\" id=\"f-s1-LS-DELETE-04\">");
        String details = page.substring(start, page.indexOf("</details>", start));
        int model = page.indexOf("<details class=\"failure\" id=\"f-s1-LS-MODEL-01\">");
        String modelDetails = page.substring(model, page.indexOf("</details>", model));

        assertThat(start).isPositive();
        assertThat(details).contains("<h4>Counterexample (Java; newStore() opens your store)</h4>")
                .contains("LogStore store = newStore();").contains("store.deleteRange(")
                .contains("<table class=\"diff\">").contains("<span class=\"differs\">");
        assertThat(modelDetails).contains("<h4>Replay</h4>").contains("-Draftlog.replay=").contains("-Draftlog.seed=42");
    }

    @Test
    void storeProvidedTextIsEscapedNotMarkup() {
        assertThat(page).doesNotContain(ScriptInMessageStore.MARKUP)
                .doesNotContain("<img")
                .contains("&lt;script&gt;window.__injected = true;&lt;/script&gt;&lt;img src=x onerror=&quot;window.__injected = true&quot;&gt;");
        assertThat(Pattern.compile("<script").matcher(page).results().count()).as("only the page's own script").isEqualTo(1);
    }

    @Test
    void escapingCoversQuotesControlCharactersAndBrokenSurrogates() {
        assertThat(Html.text("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(Html.text("x\u0000y\u001bz\n\t")).isEqualTo("x\\u0000y\\u001bz\n\t");
        assertThat(Html.text("ok \uD83D\uDE00 bad \uD83D.")).isEqualTo("ok \uD83D\uDE00 bad \uFFFD.");
        assertThat(Html.text(null)).isEmpty();
        assertThat(Html.id("f", "s0", "LS-A-01", "a b\"<")).isEqualTo("f-s0-LS-A-01-a_b__");
    }

    @Test
    void aPageWithoutStoresIsRefused() {
        assertThatThrownBy(() -> ConformanceHtml.render(List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one store");
    }

    private static String row(String id) {
        int start = page.indexOf("<tr data-id=\"" + id + "\">");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
