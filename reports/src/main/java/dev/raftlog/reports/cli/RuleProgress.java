package dev.raftlog.reports.cli;

import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.catalogue.Requirement;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress of one kit run, for people watching a CI log: a line when a rule starts, with the
 * rules done out of the total, the rule now running and the rules failed so far. A rule is done
 * when every test method that checks it has finished; the total comes from the discovered plan,
 * so {@code --only} shrinks it.
 */
final class RuleProgress implements TestExecutionListener {
    private final String store;
    private final PrintStream err;
    private final Map<Requirement, Set<String>> pending = new LinkedHashMap<>();
    private final Set<Requirement> failed = new HashSet<>();
    private int total;
    private int done;
    private Requirement current;

    RuleProgress(String store, PrintStream err) {
        this.store = store;
        this.err = err;
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                requirementsOf(id).forEach(r -> pending.computeIfAbsent(r, k -> new HashSet<>()).add(id.getUniqueId()));
            }
        }
        total = pending.size();
        err.printf("[%s] %d rules to check%n", store, total);
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        List<Requirement> rs = requirementsOf(id);
        if (!rs.isEmpty() && rs.get(0) != current && pending.containsKey(rs.get(0))) {
            current = rs.get(0);
            err.printf("[%s] %d/%d rules done, %d failed so far; now %s%n", store, done, total, failed.size(), current.id());
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        finished(id);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failed.addAll(requirementsOf(id));
        }
        finished(id);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        err.printf("[%s] %d/%d rules done, %d failed%n", store, done, total, failed.size());
    }

    private void finished(TestIdentifier id) {
        for (Requirement r : requirementsOf(id)) {
            Set<String> left = pending.get(r);
            if (left != null && left.remove(id.getUniqueId()) && left.isEmpty()) {
                done++;
            }
        }
    }

    private static List<Requirement> requirementsOf(TestIdentifier id) {
        Optional<Verifies> v = id.getSource()
                .filter(MethodSource.class::isInstance)
                .map(s -> {
                    try {
                        return ((MethodSource) s).getJavaMethod().getAnnotation(Verifies.class);
                    } catch (RuntimeException e) {
                        return null;
                    }
                });
        return v.map(x -> List.of(x.value())).orElse(List.of());
    }
}
