package dev.raftlog.reports.cli;

import dev.raftlog.reports.allure.AllureResults;
import dev.raftlog.reports.allure.RequirementAllureExtension;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.KitRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs the kit on one store with the listeners a report needs: progress on stderr, and with a
 * report directory the Allure listener (results in {@code allure-results/}) and the JUnit XML
 * listener ({@code junit/<store>/TEST-junit-jupiter.xml}). Listeners that would register
 * themselves through ServiceLoader stay off, so Allure writes only where we said.
 */
final class StoreRun {
    private StoreRun() {
    }

    static ConformanceReport run(StoreFactory factory, Set<String> only, AllureResults allure, Path reportDir, PrintStream err) {
        String store = factory.description();
        List<TestExecutionListener> listeners = new ArrayList<>();
        listeners.add(new RuleProgress(store, err));
        if (reportDir != null) {
            listeners.add(allure.listener());
            Path junit = reportDir.resolve("junit").resolve(store.replaceAll("[^A-Za-z0-9._-]", "_"));
            try {
                Files.createDirectories(junit);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + junit, e);
            }
            listeners.add(new LegacyXmlReportGeneratingListener(junit, new PrintWriter(err, true)));
        }
        KitRunner.Launch launch = new KitRunner.Launch(Map.of(
                "junit.jupiter.extensions.autodetection.enabled", "true",
                RequirementAllureExtension.STORE_PARAMETER, store), listeners, false);
        if (allure == null) {
            return KitRunner.run(factory, only, o -> { }, launch);
        }
        return allure.during(() -> KitRunner.run(factory, only, o -> { }, launch));
    }
}
