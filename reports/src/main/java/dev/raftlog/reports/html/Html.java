package dev.raftlog.reports.html;

/**
 * Text to HTML. Everything a store provides (messages, payload bytes rendered by the kit,
 * exception texts) goes through {@link #text}, so a payload is never markup.
 */
final class Html {
    private Html() {
    }

    /**
     * Escapes {@code s} for element content and quoted attribute values: {@code & < > " '}
     * become entities, control characters (other than tab and newline) become visible {@code \\uXXXX},
     * and a lone surrogate becomes U+FFFD. Null is "".
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An id attribute value built from {@code parts}: letters, digits and '-' only. */
    static String id(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (s.length() > 0) {
                s.append('-');
            }
            s.append(p.replaceAll("[^A-Za-z0-9-]", "_"));
        }
        return s.toString();
    }
}
