package dev.raftlog.tck.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.tck.StoreFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.jupiter.api.Test;

/** {@link KitRunner.Launch}: the hook reports and tools use to listen to a kit run. */
class KitRunnerLaunchTest {

    @Test
    void extraListenersHearTheRunAndConfigurationReachesTheEngine() {
        List<String> heard = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void testPlanExecutionStarted(TestPlan plan) {
                heard.add("plan " + plan.getConfigurationParameters().get("raftlog.test.marker").orElse("?"));
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    heard.add(id.getDisplayName() + " " + result.getStatus());
                }
            }
        };

        ConformanceReport report = KitRunner.run(StoreFactory.fresh(InMemoryLogStore::new), Set.of("LS-EMPTY-01"), o -> { },
                new KitRunner.Launch(Map.of("raftlog.test.marker", "set"), List.of(listener), false));

        assertThat(heard).containsExactly("plan set", "LS-EMPTY-01 empty store reports zero bounds SUCCESSFUL");
        assertThat(report.tests()).hasSize(1);
    }
}
