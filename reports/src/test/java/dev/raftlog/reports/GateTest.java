package dev.raftlog.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.SilentRejectionStore;
import dev.raftlog.reports.stores.UnopenableStore;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.runner.ConformanceReport;
import dev.raftlog.tck.runner.KitRunner;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each gate lets through, and the verdict people read. */
class GateTest {
    private static final Set<String> RULES = Set.of("LS-DELETE-04", "LS-ARGS-02", "LS-ARGS-03");

    @Test
    void aCorrectStorePassesBothGates() {
        ConformanceReport r = run(StoreFactory.fresh(InMemoryLogStore::new));

        assertThat(Gate.MUST.passes(r)).isTrue();
        assertThat(Gate.SHOULD.passes(r)).isTrue();
        assertThat(Gate.verdict(r)).isEqualTo("CONFORMANT");
    }

    @Test
    void aViolatedShouldRuleFailsOnlyTheShouldGate() {
        ConformanceReport r = run(StoreFactory.fresh(SilentRejectionStore::new));

        assertThat(Gate.MUST.passes(r)).isTrue();
        assertThat(Gate.SHOULD.blocking(r)).extracting(x -> x.requirement().id()).containsExactly("LS-ARGS-03");
        assertThat(Gate.verdict(r)).isEqualTo("CONFORMANT (optional rules failed: LS-ARGS-03)");
    }

    @Test
    void aViolatedMustRuleFailsBothGates() {
        ConformanceReport r = run(StoreFactory.fresh(ExclusiveDeleteStore::new));

        assertThat(Gate.MUST.blocking(r)).extracting(x -> x.requirement().id()).containsExactly("LS-DELETE-04");
        assertThat(Gate.SHOULD.passes(r)).isFalse();
        assertThat(Gate.verdict(r)).isEqualTo("NOT CONFORMANT (MUST rules violated: LS-DELETE-04)");
    }

    @Test
    void errorsBlockTheGateButAreNotCalledViolations() {
        ConformanceReport r = run(StoreFactory.fresh(UnopenableStore::new));

        assertThat(Gate.MUST.passes(r)).isFalse();
        assertThat(Gate.verdict(r)).isEqualTo("NO VERDICT (MUST rules ended in errors before a verdict: LS-BATCH-01, LS-DELETE-04, LS-ARGS-02)");
    }

    @Test
    void parsesTheOptionValue() {
        assertThat(Gate.parse("SHOULD")).isEqualTo(Gate.SHOULD);
        assertThat(Gate.parse("must")).isEqualTo(Gate.MUST);
        assertThatThrownBy(() -> Gate.parse("may")).hasMessage("--fail-on must be 'must' or 'should', was 'may'");
    }

    private static ConformanceReport run(StoreFactory f) {
        return KitRunner.run(f, RULES, o -> { });
    }
}
