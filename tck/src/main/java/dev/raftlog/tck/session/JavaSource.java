package dev.raftlog.tck.session;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import dev.raftlog.tck.Payloads;
import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes values as Java expressions that rebuild them, so a counterexample can be pasted into
 * a test. Large arrays made by {@link Payloads#pattern(int)} print as that call.
 */
public final class JavaSource {
    private static final int INLINE_BYTES = 256;

    private final Map<byte[], String> named = new IdentityHashMap<>();

    /** Remembers how {@code bytes} was made, so it prints as {@code expression}. */
    public byte[] remember(byte[] bytes, String expression) {
        named.put(bytes, expression);
        return bytes;
    }

    /** {@code Payloads.pattern(size)}, remembered so it prints as that call. */
    public byte[] pattern(int size) {
        return remember(Payloads.pattern(size), "Payloads.pattern(" + size + ")");
    }

    /** A Java expression that builds {@code log}. */
    public String log(Log log) {
        boolean plain = log.type() == LogType.COMMAND && log.extensions().length == 0 && log.appendedAt() == null;
        if (plain && log.data().length == 0) {
            return "Log.of(" + num(log.index()) + ", " + num(log.term()) + ")";
        }
        if (plain) {
            return "Log.command(" + num(log.index()) + ", " + num(log.term()) + ", " + bytes(log.data()) + ")";
        }
        return "new Log(" + num(log.index()) + ", " + num(log.term()) + ", LogType." + log.type().name() + ", "
                + bytes(log.data()) + ", " + bytes(log.extensions()) + ", " + instant(log.appendedAt()) + ")";
    }

    /** {@code List.of(...)} of the logs; null elements print as null (in an Arrays.asList). */
    public String logs(List<Log> logs) {
        if (logs == null) {
            return "null";
        }
        boolean hasNull = logs.stream().anyMatch(l -> l == null);
        String items = logs.stream().map(l -> l == null ? "null" : log(l)).collect(Collectors.joining(", "));
        return (hasNull ? "Arrays.asList(" : "List.of(") + items + ")";
    }

    /** A byte array expression. */
    public String bytes(byte[] b) {
        if (b == null) {
            return "null";
        }
        String name = named.get(b);
        if (name != null) {
            return name;
        }
        if (b.length == 0) {
            return "new byte[0]";
        }
        if (b.length <= INLINE_BYTES) {
            StringBuilder s = new StringBuilder("Payloads.bytes(");
            for (int i = 0; i < b.length; i++) {
                s.append(i == 0 ? "" : ", ").append(b[i]);
            }
            return s.append(")").toString();
        }
        if (Arrays.equals(b, Payloads.pattern(b.length))) {
            return "Payloads.pattern(" + b.length + ")";
        }
        boolean zeros = true;
        for (byte x : b) {
            zeros &= x == 0;
        }
        return zeros ? "new byte[" + b.length + "]" : "/* " + b.length + " bytes */ new byte[" + b.length + "]";
    }

    /** An Instant expression, or null. */
    public static String instant(Instant t) {
        return t == null ? "null" : "Instant.parse(\"" + t + "\")";
    }

    /** A long literal, with Long.MAX_VALUE spelled out. */
    public static String num(long v) {
        if (v == Long.MAX_VALUE) {
            return "Long.MAX_VALUE";
        }
        if (v > Long.MAX_VALUE - 1000) {
            return "Long.MAX_VALUE - " + (Long.MAX_VALUE - v);
        }
        if (v == Long.MIN_VALUE) {
            return "Long.MIN_VALUE";
        }
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? v + "L" : Long.toString(v);
    }
}
