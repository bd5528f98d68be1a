package dev.raftlog.tck.property;

import java.util.Locale;

/**
 * Parses the global "how hard to try" knob: a positive number of tries, or a preset scaling
 * each property's own default ({@code quick} x0.1 but at least 10, {@code default} x1,
 * {@code deep} x10, {@code soak} x100).
 */
final class TriesKnob {

    private TriesKnob() {
    }

    /**
     * The tries a property with {@code defaultTries} runs under {@code value}.
     *
     * @param source where the value came from, for the error message
     * @throws IllegalArgumentException naming {@code source} and the value if it is neither a
     *     positive integer nor a preset
     */
    static int parse(String source, String value, int defaultTries) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "quick":
                // Never more than the default: "quick" must not slow a small property down.
                return Math.min(defaultTries, Math.max(10, (int) Math.ceil(defaultTries / 10.0)));
            case "default":
                return defaultTries;
            case "deep":
                return scale(defaultTries, 10);
            case "soak":
                return scale(defaultTries, 100);
            default:
                break;
        }
        int tries;
        try {
            tries = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(source, value);
        }
        if (tries < 1) {
            throw bad(source, value);
        }
        return tries;
    }

    private static int scale(int tries, int factor) {
        long scaled = (long) tries * factor;
        return (int) Math.min(Integer.MAX_VALUE, scaled);
    }

    private static IllegalArgumentException bad(String source, String value) {
        return new IllegalArgumentException(source + " must be a positive integer or one of "
                + "quick, default, deep, soak, but was '" + value + "'");
    }
}
