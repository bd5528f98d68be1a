package dev.raftlog.tck.runner;

import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.runner.TestOutcome.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Listens to a kit run and keeps one {@link TestOutcome} per test that names its requirement. */
final class OutcomeCollector implements TestExecutionListener {
    private final List<TestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<TestOutcome> progress;

    OutcomeCollector(Consumer<TestOutcome> progress) {
        this.progress = progress;
    }

    List<TestOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        requirementsOf(id).ifPresent(rs -> add(new TestOutcome(id.getDisplayName(), rs, Status.SKIPPED, reason, 0, null)));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        Optional<List<Requirement>> rs = requirementsOf(id);
        if (rs.isEmpty()) {
            return;
        }
        Throwable t = result.getThrowable().orElse(null);
        TestOutcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> new TestOutcome(id.getDisplayName(), rs.get(), Status.PASSED, "", 0, null);
            case ABORTED -> new TestOutcome(id.getDisplayName(), rs.get(), Status.SKIPPED, t == null ? "" : t.getMessage(), 0, null);
            case FAILED -> t instanceof RequirementViolation v
                    ? new TestOutcome(id.getDisplayName(), rs.get(), Status.FAILED, v.getMessage(), v.callCount(), v)
                    : new TestOutcome(id.getDisplayName(), rs.get(), Status.ERROR, String.valueOf(t), 0, t);
        };
        add(outcome);
    }

    private void add(TestOutcome o) {
        outcomes.add(o);
        progress.accept(o);
    }

    private static Optional<List<Requirement>> requirementsOf(TestIdentifier id) {
        return id.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .flatMap(OutcomeCollector::verifies)
                .map(v -> List.of(v.value()));
    }

    private static Optional<Verifies> verifies(MethodSource source) {
        try {
            return Optional.ofNullable(source.getJavaMethod().getAnnotation(Verifies.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
