package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import java.util.Objects;

/** Short, byte-level descriptions of entries for the diffs in crash reports. */
final class EntryText {
    private static final int SHOWN = 12;

    private EntryText() {
    }

    /** "term 2, COMMAND, 24 B 0x3f1a…" or "absent". */
    static String of(Log log) {
        if (log == null) {
            return "absent";
        }
        return "term " + log.term() + ", " + log.type() + ", " + log.data().length + " B " + hex(log.data(), 0)
                + (log.extensions().length > 0 ? ", ext " + hex(log.extensions(), 0) : "")
                + (log.appendedAt() != null ? ", at " + log.appendedAt() : "");
    }

    /** What {@code got} shows for an expected entry: "not found", an exception, or the entry with its first differing byte. */
    static String recovered(Object got, Log expected) {
        if (got == null) {
            return "not found";
        }
        if (got instanceof Throwable t) {
            return "threw " + t;
        }
        Log log = (Log) got;
        String s = of(log);
        if (expected != null && !expected.equals(log)) {
            s += differences(expected, log);
        }
        return s;
    }

    private static String differences(Log e, Log g) {
        StringBuilder s = new StringBuilder();
        if (e.index() != g.index()) {
            s.append("; index ").append(g.index()).append(" != ").append(e.index());
        }
        if (e.term() != g.term()) {
            s.append("; term ").append(g.term()).append(" != ").append(e.term());
        }
        if (e.type() != g.type()) {
            s.append("; type ").append(g.type()).append(" != ").append(e.type());
        }
        int at = firstDifference(e.data(), g.data());
        if (at >= 0) {
            s.append("; data differs from byte ").append(at).append(" (expected ")
                    .append(at < e.data().length ? hex(e.data(), at) : "end").append(", got ")
                    .append(at < g.data().length ? hex(g.data(), at) : "end").append(')');
        }
        if (firstDifference(e.extensions(), g.extensions()) >= 0) {
            s.append("; extensions differ");
        }
        if (!Objects.equals(e.appendedAt(), g.appendedAt())) {
            s.append("; appendedAt ").append(g.appendedAt()).append(" != ").append(e.appendedAt());
        }
        return s.toString();
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /** Up to 12 bytes from {@code from} as hex, with an ellipsis when there are more. */
    static String hex(byte[] b, int from) {
        StringBuilder s = new StringBuilder("0x");
        int to = Math.min(b.length, from + SHOWN);
        for (int i = from; i < to; i++) {
            s.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        if (to < b.length) {
            s.append('…');
        }
        return s.toString();
    }
}
