package dev.raftlog.tck.property;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Renders counterexamples and failures for people: arrays by content, long text cut short. */
final class ValueText {

    private static final int MAX_CHARS = 20_000;

    private ValueText() {
    }

    static String describe(Object value) {
        return cut(render(value));
    }

    /** A throwable as "class: message", the message's extra lines indented to stay readable. */
    static String describe(Throwable t) {
        return cut(String.valueOf(t)).replace("\n", "\n    ");
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[]) {
            return Arrays.toString((byte[]) value);
        }
        if (value instanceof int[]) {
            return Arrays.toString((int[]) value);
        }
        if (value instanceof long[]) {
            return Arrays.toString((long[]) value);
        }
        if (value instanceof short[]) {
            return Arrays.toString((short[]) value);
        }
        if (value instanceof char[]) {
            return Arrays.toString((char[]) value);
        }
        if (value instanceof boolean[]) {
            return Arrays.toString((boolean[]) value);
        }
        if (value instanceof double[]) {
            return Arrays.toString((double[]) value);
        }
        if (value instanceof float[]) {
            return Arrays.toString((float[]) value);
        }
        if (value instanceof Object[]) {
            return join(Arrays.asList((Object[]) value));
        }
        if (value instanceof Collection) {
            return join((Collection<?>) value);
        }
        if (value instanceof Map) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                j.add(render(e.getKey()) + "=" + render(e.getValue()));
            }
            return j.toString();
        }
        return String.valueOf(value);
    }

    private static String join(Collection<?> values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Object v : values) {
            j.add(render(v));
        }
        return j.toString();
    }

    private static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        return text.substring(0, MAX_CHARS) + "... (" + (text.length() - MAX_CHARS) + " more characters)";
    }
}
