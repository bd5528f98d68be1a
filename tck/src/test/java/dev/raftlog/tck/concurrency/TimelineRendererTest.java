package dev.raftlog.tck.concurrency;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineRendererTest {

    private static final EntryFingerprint E12 = new EntryFingerprint(12, 2, 1);

    private static List<Call> window() {
        return History.of(List.of(
                Call.storeLogs(1, List.of(new EntryFingerprint(11, 2, 0), E12, new EntryFingerprint(13, 2, 2),
                        new EntryFingerprint(14, 2, 3)), 0, 50_000).withRole("writer"),
                Call.getLog(3, 13, null, 5_000, 9_000).withRole("reader"),
                Call.getLog(3, 12, E12, 12_000, 20_000).withRole("reader"))).calls();
    }

    @Test
    void drawsOneLanePerThreadWithLabelsInsideBarsInTimeOrder() {
        String text = TimelineRenderer.render(window());
        System.out.println(text);
        String[] lines = text.split("\n");
        assertThat(lines[0]).startsWith("T1 writer ").contains("|-storeLogs[11..14,t2]-");
        assertThat(lines[1]).startsWith("T3 reader ").contains("|-getLog(13)=NOT_FOUND-|").contains("|-getLog(12)=Log[12,t2]-|");
        // The store's bar starts first and ends last: it spans both reads.
        assertThat(lines[0].indexOf('|')).isLessThan(lines[1].indexOf('|'));
        assertThat(lines[0].lastIndexOf('|')).isGreaterThan(lines[1].lastIndexOf('|'));
        // The first read ends before the second starts.
        assertThat(lines[1].indexOf("NOT_FOUND")).isLessThan(lines[1].indexOf("getLog(12)"));
        // The legend gives exact relative times in microseconds.
        assertThat(text).contains("#1     T3 reader getLog(13)=NOT_FOUND").contains("+5.0us .. +9.0us");
    }

    @Test
    void aCallThatNeverReturnedIsDrawnOpenEnded() {
        Call hung = Call.deleteRange(2, 1, 5, 100, 200).withOutcome(Outcome.PENDING, null).withRole("snapshot");
        String text = TimelineRenderer.render(History.of(List.of(hung, Call.lastIndex(1, 5, 150, 160))).calls());
        assertThat(text).contains("deleteRange(1..5) (never returned)").contains(">").contains("never");
    }

    @Test
    void jsonExportNamesTheRuleAndEveryCallOfTheWindow() {
        Violation v = new Violation(ConcurrencyRule.LS_CONC_01, "a \"torn\" batch", window(), "");
        String json = v.toJson();
        assertThat(json).startsWith("{\"rule\":\"LS-CONC-01\"")
                .contains("\"message\":\"a \\\"torn\\\" batch\"")
                .contains("\"op\":\"STORE_LOGS\"")
                .contains("{\"id\":1,\"thread\":3,\"role\":\"reader\",\"op\":\"GET_LOG\"")
                .contains("\"start\":5000,\"end\":9000,\"outcome\":\"NOT_FOUND\",\"index\":13");
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
    }
}
