package dev.raftlog.reports.allure;

import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.catalogue.Requirement;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.ValueWrapper;

/**
 * Labels every kit test's Allure result with its requirement and, when the store broke the rule,
 * attaches the evidence. Registered automatically when JUnit's extension autodetection is on
 * ({@code junit.jupiter.extensions.autodetection.enabled=true}, which the CLI sets), or with
 * {@code @ExtendWith(RequirementAllureExtension.class)} on a store's conformance test. Tests
 * without {@link Verifies}, and runs without an Allure listener, are left alone.
 *
 * <p>Labels: severity (MUST critical, SHOULD normal, MAY minor), epic "LogStore contract",
 * feature = the area, story and tag = the requirement ID, plus {@code requirement} and
 * {@code level}; a link to the requirement's text; the requirement as the description. A
 * configuration parameter {@value #STORE_PARAMETER} names the store, becomes the suite and a
 * parameter, and keeps results of two stores in one results directory apart.
 *
 * <p>Attachments of a violation: the calls that show it as Java, the replay token and seed, the
 * expected and actual state, and the whole violation report; a violation that also offers
 * {@code faultLog()} or {@code byteDiff()} (the crash suite's) gets those attached too.
 */
public final class RequirementAllureExtension implements BeforeEachCallback, TestWatcher {
    /** Configuration parameter naming the store under test in reports. */
    public static final String STORE_PARAMETER = "raftlog.report.store";
    /** Configuration parameter (or system property): where REQUIREMENTS.md is published; links point at its anchors. */
    public static final String REQUIREMENTS_URL_PARAMETER = "raftlog.requirements.url";
    /** Where the requirement links point unless {@value #REQUIREMENTS_URL_PARAMETER} says otherwise. */
    public static final String DEFAULT_REQUIREMENTS_URL = "https://github.com/raftlog/raftlog/blob/main/tck/REQUIREMENTS.md";

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<Requirement> requirement = requirementOf(context);
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (requirement.isEmpty() || lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        Requirement r = requirement.get();
        Optional<String> store = context.getConfigurationParameter(STORE_PARAMETER);
        String url = context.getConfigurationParameter(REQUIREMENTS_URL_PARAMETER)
                .orElse(System.getProperty(REQUIREMENTS_URL_PARAMETER, DEFAULT_REQUIREMENTS_URL));
        lifecycle.updateTestCase(result -> label(result, r, store, url));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (requirementOf(context).isEmpty() || lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        violationIn(cause).ifPresent(v -> attach(lifecycle, v));
    }

    static void label(TestResult result, Requirement r, Optional<String> store, String url) {
        List<Label> labels = result.getLabels();
        labels.add(ResultsUtils.createSeverityLabel(severity(r.level())));
        labels.add(ResultsUtils.createEpicLabel("LogStore contract"));
        labels.add(ResultsUtils.createFeatureLabel(r.area().title()));
        labels.add(ResultsUtils.createStoryLabel(r.id() + " " + r.sentence()));
        labels.add(ResultsUtils.createTagLabel(r.id()));
        labels.add(ResultsUtils.createTagLabel(r.level().name()));
        labels.add(ResultsUtils.createLabel("requirement", r.id()));
        labels.add(ResultsUtils.createLabel("level", r.level().name()));
        result.getLinks().add(new Link().setName(r.label()).setType("requirement").setUrl(url + "#" + anchor(r)));
        result.setDescription(r.label() + ": " + r.sentence() + "\n\nWhy it matters: " + r.rationale()
                + "\n\nEvidence: " + r.evidence());
        store.ifPresent(s -> {
            labels.removeIf(l -> "suite".equals(l.getName()));
            labels.add(ResultsUtils.createSuiteLabel(s));
            result.getParameters().add(new Parameter().setName("store").setValue(s));
            // Results of one test against two stores must not look like retries of one test.
            result.setHistoryId(ResultsUtils.md5(s + "/" + result.getHistoryId()));
            result.setTestCaseId(ResultsUtils.md5(s + "/" + result.getTestCaseId()));
        });
    }

    /** MUST: critical, SHOULD: normal, MAY: minor. */
    public static String severity(Level level) {
        return switch (level) {
            case MUST -> "critical";
            case SHOULD -> "normal";
            case MAY -> "minor";
        };
    }

    /** The anchor GitHub gives the requirement's heading in REQUIREMENTS.md, e.g. {@code ls-delete-04-must}. */
    public static String anchor(Requirement r) {
        return (r.id() + "-" + r.level().name()).toLowerCase(Locale.ROOT);
    }

    static void attach(AllureLifecycle lifecycle, RequirementViolation v) {
        if (v.javaCode() != null && !v.javaCode().isBlank()) {
            text(lifecycle, "Counterexample (Java)", "text/x-java-source", "java", v.javaCode());
        }
        if (v.replay() != null) {
            text(lifecycle, "Replay token and seed", "text/plain", "txt", v.replay());
        }
        if (v.isExpectedDefined() || v.isActualDefined()) {
            text(lifecycle, "Expected vs actual", "text/plain", "txt",
                    "expected: " + show(v.getExpected()) + "\nactual:   " + show(v.getActual()) + "\n");
        }
        text(lifecycle, "Violation report", "text/plain", "txt", v.getMessage());
        for (String extra : List.of("faultLog", "byteDiff")) {
            offered(v, extra).ifPresent(s -> text(lifecycle, extra.equals("faultLog") ? "Fault log" : "Byte-level diff",
                    "text/plain", "txt", s));
        }
    }

    private static String show(ValueWrapper w) {
        return w == null ? "(none)" : w.getStringRepresentation();
    }

    private static void text(AllureLifecycle lifecycle, String name, String type, String ext, String content) {
        lifecycle.addAttachment(name, type, ext, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A String-returning no-arg method the crash suite's violations may offer; absent for the others. */
    private static Optional<String> offered(Throwable t, String method) {
        try {
            Method m = t.getClass().getMethod(method);
            Object value = m.getReturnType() == String.class ? m.invoke(t) : null;
            return Optional.ofNullable((String) value).filter(s -> !s.isBlank());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<RequirementViolation> violationIn(Throwable t) {
        // A wrapper (e.g. a user's own assertion around the kit) may carry the violation as its cause.
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RequirementViolation v) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Optional<Requirement> requirementOf(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> m.getAnnotation(Verifies.class))
                .filter(v -> v.value().length > 0)
                .map(v -> v.value()[0]);
    }
}
