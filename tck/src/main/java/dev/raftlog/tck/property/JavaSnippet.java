package dev.raftlog.tck.property;

import java.util.Locale;

/**
 * Writes a stateful counterexample as a JUnit test method: the spec's preamble, one statement
 * per step, a comment at the failing step saying what went wrong, and the postamble.
 */
final class JavaSnippet {

    private static final String BODY_INDENT = "    ";

    private JavaSnippet() {
    }

    static String of(String propertyName, StatefulSpec<?, ?> spec, StatefulRun<?, ?> run, Throwable failure) {
        StringBuilder out = new StringBuilder();
        out.append("@Test\n");
        out.append("void ").append(methodName(propertyName)).append("() throws Exception {\n");
        lines(out, spec.javaPreamble());
        if (run.failingStep() < 0) {
            comment(out, "creating the system fails: ", failure);
        }
        for (int i = 0; i < run.steps().size(); i++) {
            if (i == run.failingStep()) {
                comment(out, "step " + (i + 1) + " fails: ", failure);
            }
            lines(out, run.steps().get(i).toJava());
        }
        if (run.failingStep() == run.steps().size()) {
            comment(out, "then it fails: ", failure);
        }
        lines(out, spec.javaPostamble());
        out.append("}\n");
        return out.toString();
    }

    /** A Java method name from a property name: "stack keeps order" -> stackKeepsOrder. */
    static String methodName(String propertyName) {
        StringBuilder name = new StringBuilder();
        for (String word : propertyName.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0
                    ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "counterexample");
        }
        return name.toString();
    }

    private static void comment(StringBuilder out, String prefix, Throwable failure) {
        String text = prefix + ValueText.describe(failure).replace("\n    ", "\n");
        for (String line : text.split("\n")) {
            out.append(BODY_INDENT).append("// ").append(line.stripTrailing()).append('\n');
        }
    }

    private static void lines(StringBuilder out, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        for (String line : code.split("\n")) {
            out.append(line.isBlank() ? "" : BODY_INDENT + line.stripTrailing()).append('\n');
        }
    }
}
