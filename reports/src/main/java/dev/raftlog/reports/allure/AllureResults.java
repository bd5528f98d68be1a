package dev.raftlog.reports.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An Allure results directory for kit runs: the real {@link AllureJunitPlatform} listener writing
 * into it, plus the {@code categories.json} that sorts results into contract violations by level,
 * harness errors and skipped rules, and an {@code environment.properties} describing the run.
 * Render it with {@code allure generate DIR} or {@code mvn -pl reports allure:report}.
 */
public final class AllureResults {
    /**
     * Allure's categories. A violation's message starts "LS-AREA-NN MUST: " or "LS-AREA-NN SHOULD
     * (optional rule): "; "broken" is what Allure calls a test that ended with an exception other
     * than an assertion (the kit or the store's factory failed before a verdict).
     */
    static final String CATEGORIES = """
            [
              {"name": "MUST violations (the store breaks the contract)", "matchedStatuses": ["failed"],
               "messageRegex": "(?s)LS-[A-Z]+-[0-9]+ MUST: .*"},
              {"name": "SHOULD violations (optional rules)", "matchedStatuses": ["failed"],
               "messageRegex": "(?s)LS-[A-Z]+-[0-9]+ SHOULD .*"},
              {"name": "MAY violations (optional rules)", "matchedStatuses": ["failed"],
               "messageRegex": "(?s)LS-[A-Z]+-[0-9]+ MAY .*"},
              {"name": "Failures outside the catalogue", "matchedStatuses": ["failed"],
               "messageRegex": "(?s)(?!LS-[A-Z]+-[0-9]+ ).*"},
              {"name": "Harness or setup errors (no verdict on the store)", "matchedStatuses": ["broken"]},
              {"name": "Skipped: the rule does not apply to what the store declared", "matchedStatuses": ["skipped"]}
            ]
            """;

    private final Path directory;
    private final AllureLifecycle lifecycle;

    private AllureResults(Path directory) {
        this.directory = directory;
        this.lifecycle = new AllureLifecycle(new FileSystemResultsWriter(directory));
    }

    /**
     * Creates {@code directory} if needed, deletes the results of an earlier run in it (Allure
     * would show them as retries of this run), and writes {@code categories.json} into it.
     * Only files directly inside {@code directory} are deleted; subdirectories are left alone.
     */
    public static AllureResults fresh(Path directory) {
        try {
            Files.createDirectories(directory);
            try (var files = Files.list(directory)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.delete(f);
                    }
                }
            }
            Files.writeString(directory.resolve("categories.json"), CATEGORIES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure results to " + directory, e);
        }
        return new AllureResults(directory);
    }

    public Path directory() {
        return directory;
    }

    /** The allure-junit-platform listener, writing into this directory. */
    public AllureJunitPlatform listener() {
        return new AllureJunitPlatform(lifecycle);
    }

    /**
     * Runs {@code run} with this directory's lifecycle as Allure's current one, so that
     * {@link RequirementAllureExtension} labels and attaches into the same results as the
     * listener; restores the previous lifecycle afterwards.
     */
    public <T> T during(Supplier<T> run) {
        AllureLifecycle previous = Allure.getLifecycle();
        Allure.setLifecycle(lifecycle);
        try {
            return run.get();
        } finally {
            Allure.setLifecycle(previous);
        }
    }

    /** Writes {@code environment.properties}: what Allure shows as the run's environment. */
    public void writeEnvironment(Map<String, String> facts) {
        StringBuilder s = new StringBuilder();
        facts.forEach((k, v) -> s.append(escapeKey(k)).append('=').append(escapeValue(v)).append('\n'));
        try {
            Files.writeString(directory.resolve("environment.properties"), s.toString(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve("environment.properties"), e);
        }
    }

    private static String escapeKey(String k) {
        return escapeValue(k).replace(" ", "\\ ").replace("=", "\\=").replace(":", "\\:");
    }

    private static String escapeValue(String v) {
        StringBuilder s = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '\\') {
                s.append("\\\\");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
