package dev.raftlog.decorators.recording;

import dev.raftlog.api.Log;
import java.util.Base64;
import java.util.List;

/** Hand-written JSON for one call (no JSON library, so the module stays dependency-light). */
final class CallRecordJson {

    private CallRecordJson() {
    }

    static String toJson(CallRecord r) {
        StringBuilder s = new StringBuilder(128);
        s.append("{\"seq\":").append(r.sequence())
                .append(",\"threadId\":").append(r.threadId())
                .append(",\"thread\":");
        string(s, r.threadName());
        s.append(",\"op\":\"").append(r.op().name()).append('"')
                .append(",\"args\":");
        value(s, r.args());
        s.append(",\"start\":").append(r.startNanos())
                .append(",\"end\":").append(r.endNanos())
                .append(",\"result\":");
        value(s, r.result());
        s.append(",\"error\":");
        if (r.error() == null) {
            s.append("null");
        } else {
            s.append("{\"type\":");
            string(s, r.error().getClass().getName());
            s.append(",\"message\":");
            string(s, r.error().getMessage());
            s.append('}');
        }
        s.append(",\"injectedFault\":");
        string(s, r.injectedFault());
        return s.append('}').toString();
    }

    private static void value(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof Number n) {
            s.append(n);
        } else if (v instanceof Log log) {
            log(s, log);
        } else if (v instanceof List<?> list) {
            s.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                value(s, list.get(i));
            }
            s.append(']');
        } else {
            string(s, v.toString());
        }
    }

    private static void log(StringBuilder s, Log log) {
        s.append("{\"index\":").append(log.index())
                .append(",\"term\":").append(log.term())
                .append(",\"type\":\"").append(log.type().name()).append('"')
                .append(",\"data\":\"").append(Base64.getEncoder().encodeToString(log.data())).append('"')
                .append(",\"extensions\":\"").append(Base64.getEncoder().encodeToString(log.extensions())).append('"')
                .append(",\"appendedAt\":");
        string(s, log.appendedAt() == null ? null : log.appendedAt().toString());
        s.append('}');
    }

    /** A JSON string literal, escaping quotes, backslashes and control characters. */
    static void string(StringBuilder s, String v) {
        if (v == null) {
            s.append("null");
            return;
        }
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
