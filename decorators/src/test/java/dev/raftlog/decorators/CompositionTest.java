package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import dev.raftlog.decorators.recording.CallRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {

    @Test
    void aWrapperCanWrapAWrapperAndEachLayerSeesItsOwnCalls() throws Exception {
        VirtualClock clock = new VirtualClock();
        FaultyStore inner = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(2).eio())
                .virtualClock(clock).buildWithControl();
        FaultyStore outer = Faults.wrap(inner.store())
                .latency(Operation.STORE_LOGS, Latency.fixed(Duration.ofMillis(3)))
                .recording().virtualClock(clock).buildWithControl();
        LogStore store = outer.store();
        store.storeLogs(List.of(Log.of(1, 1)));
        assertThatThrownBy(() -> store.storeLogs(List.of(Log.of(2, 1)))).isInstanceOf(InjectedIOException.class);
        assertThat(clock.nanoTime()).isEqualTo(6_000_000);
        // the outer recorder sees the inner layer's injected error as the call's outcome
        assertThat(outer.recorder().history()).extracting(CallRecord::error)
                .satisfiesExactly(e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(InjectedIOException.class));
        assertThat(inner.faultLog()).extracting(FaultEvent::kind).containsExactly(FaultKind.EIO);
    }

    @Test
    void aTypedWrapperCanBeWrappedAgainAndStaysTyped() throws IOException {
        TypePreservingWrapperTest.SegmentedStore real = new TypePreservingWrapperTest.SegmentedStore("twice");
        LogStore once = Faults.wrap(real).build();
        TypePreservingWrapperTest.SegmentedStore twice = Faults.wrap(once).recording()
                .build(TypePreservingWrapperTest.SegmentedStore.class);
        twice.storeLog(Log.of(1, 1));
        assertThat(twice.name()).isEqualTo("twice");
        assertThat(real.lastIndex()).isEqualTo(1);
    }
}
