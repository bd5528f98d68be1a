package dev.raftlog.tck.concurrency;

import java.util.List;

/**
 * Writes violations and calls as JSON, without a JSON library: the shapes are fixed and small.
 * Times are nanoseconds relative to the first call of the window; a call that never returned
 * has {@code "end": null}.
 */
final class HistoryJson {

    private HistoryJson() {
    }

    static String violation(Violation v) {
        StringBuilder s = new StringBuilder();
        s.append("{\"rule\":").append(str(v.rule().id()))
                .append(",\"ruleText\":").append(str(v.rule().text()))
                .append(",\"message\":").append(str(v.message()))
                .append(",\"context\":").append(str(v.context()))
                .append(",\"window\":");
        calls(s, v.window());
        return s.append('}').toString();
    }

    static void calls(StringBuilder s, List<Call> calls) {
        long t0 = calls.stream().mapToLong(Call::start).min().orElse(0);
        s.append('[');
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"id\":").append(c.id())
                    .append(",\"thread\":").append(c.thread())
                    .append(",\"role\":").append(str(c.role()))
                    .append(",\"op\":").append(str(c.kind().name()))
                    .append(",\"label\":").append(str(c.label()))
                    .append(",\"start\":").append(c.start() - t0)
                    .append(",\"end\":").append(c.end() == Long.MAX_VALUE ? "null" : String.valueOf(c.end() - t0))
                    .append(",\"outcome\":").append(str(c.outcome().name()));
            switch (c.kind()) {
                case GET_LOG -> {
                    s.append(",\"index\":").append(c.index());
                    if (c.entry() != null) {
                        s.append(",\"result\":");
                        entry(s, c.entry());
                    }
                }
                case FIRST_INDEX, LAST_INDEX -> s.append(",\"result\":").append(c.value());
                case DELETE_RANGE -> s.append(",\"min\":").append(c.index()).append(",\"max\":").append(c.max());
                case STORE_LOGS -> {
                    s.append(",\"batch\":[");
                    for (int k = 0; k < c.batch().size(); k++) {
                        if (k > 0) {
                            s.append(',');
                        }
                        entry(s, c.batch().get(k));
                    }
                    s.append(']');
                }
                default -> throw new IllegalStateException();
            }
            if (c.failure() != null) {
                s.append(",\"failure\":").append(str(c.failure()));
            }
            s.append('}');
        }
        s.append(']');
    }

    private static void entry(StringBuilder s, EntryFingerprint e) {
        s.append("{\"index\":").append(e.index()).append(",\"term\":").append(e.term())
                .append(",\"hash\":\"").append(Long.toHexString(e.contentHash())).append("\"}");
    }

    static String str(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
