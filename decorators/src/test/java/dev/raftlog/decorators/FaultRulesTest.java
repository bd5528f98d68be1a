package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultRulesTest {

    private static List<Log> batch(long from, long to) {
        List<Log> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(Log.of(i, 1));
        }
        return out;
    }

    @Test
    void theNthCallFailsAndOnlyIt() throws Exception {
        InMemoryLogStore inner = new InMemoryLogStore();
        FaultyStore faulty = Faults.wrap(inner)
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(3).eio())
                .buildWithControl();
        LogStore store = faulty.store();
        store.storeLogs(batch(1, 1));
        store.storeLogs(batch(2, 2));
        assertThatThrownBy(() -> store.storeLogs(batch(3, 3)))
                .isInstanceOf(InjectedIOException.class)
                .hasMessage("injected EIO on storeLogs call #3 (sequence 3; rule: failing(STORE_LOGS).onNthCall(3).eio())");
        store.storeLogs(batch(3, 3));
        assertThat(inner.lastIndex()).isEqualTo(3);
        assertThat(faulty.faultLog()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(FaultKind.EIO);
            assertThat(e.opCall()).isEqualTo(3);
            assertThat(e.rule()).isEqualTo("failing(STORE_LOGS).onNthCall(3).eio()");
        });
    }

    @Test
    void everyNthCallAndAnExplicitSchedule() throws Exception {
        LogStore every = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.LAST_INDEX).everyNthCall(3).eio()).build();
        LogStore scheduled = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.LAST_INDEX).onCalls(5, 2).eio()).build();
        assertThat(failingCalls(every, 9)).containsExactly(3, 6, 9);
        assertThat(failingCalls(scheduled, 9)).containsExactly(2, 5);
    }

    private static List<Integer> failingCalls(LogStore store, int calls) {
        List<Integer> failed = new ArrayList<>();
        for (int i = 1; i <= calls; i++) {
            try {
                store.lastIndex();
            } catch (IOException e) {
                failed.add(i);
            }
        }
        return failed;
    }

    @Test
    void probabilityFailsAboutThatFractionOfCalls() {
        LogStore store = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.LAST_INDEX).withProbability(0.1).eio()).seed(1).build();
        int n = 20_000;
        assertThat(failingCalls(store, n).size()).isBetween((int) (n * 0.09), (int) (n * 0.11));
    }

    @Test
    void afterElapsedFiresOnceTheClockPassedIt() throws Exception {
        VirtualClock clock = new VirtualClock();
        LogStore store = Faults.wrap(new InMemoryLogStore()).virtualClock(clock)
                .failing(FaultRule.onAny().afterElapsed(Duration.ofSeconds(5)).diskFull()).build();
        store.lastIndex();
        clock.advance(Duration.ofSeconds(4));
        store.lastIndex();
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> store.storeLog(Log.of(1, 1)))
                .isInstanceOf(InjectedIOException.class)
                .hasMessageStartingWith("No space left on device (injected on storeLog call #1");
    }

    @Test
    void crashStopRefusesEveryCallUntilRestart() throws Exception {
        InMemoryLogStore inner = new InMemoryLogStore();
        FaultyStore faulty = Faults.wrap(inner)
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(2).crashStop()).buildWithControl();
        LogStore store = faulty.store();
        store.storeLogs(batch(1, 1));
        assertThatThrownBy(() -> store.storeLogs(batch(2, 2))).isInstanceOf(StoreCrashedException.class)
                .hasMessageContaining("injected crash-stop on storeLogs call #2");
        assertThat(faulty.isCrashed()).isTrue();
        assertThatThrownBy(store::firstIndex).isInstanceOf(StoreCrashedException.class)
                .hasMessageContaining("refused firstIndex call #1").hasMessageContaining("restart()");
        assertThatThrownBy(() -> store.getLog(1)).isInstanceOf(StoreCrashedException.class);
        faulty.restart();
        assertThat(store.lastIndex()).isEqualTo(1);
        assertThat(inner.lastIndex()).isEqualTo(1); // the crashing batch never reached the store
        assertThat(faulty.faultLog()).extracting(FaultEvent::kind).containsExactly(
                FaultKind.CRASH_STOP, FaultKind.REFUSED_WHILE_CRASHED, FaultKind.REFUSED_WHILE_CRASHED);
    }

    @Test
    void partialBatchAppliesTheFirstKEntriesThenFails() throws Exception {
        InMemoryLogStore inner = new InMemoryLogStore();
        LogStore store = Faults.wrap(inner)
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(1).partialBatch(2)).build();
        assertThatThrownBy(() -> store.storeLogs(batch(1, 5)))
                .isInstanceOf(InjectedIOException.class)
                .hasMessageContaining("applied 2 of 5 entries (indexes 1..2)");
        assertThat(inner.size()).isEqualTo(2);
        assertThat(inner.lastIndex()).isEqualTo(2);
    }

    @Test
    void timedHangAdvancesVirtualTimeThenProceeds() throws Exception {
        VirtualClock clock = new VirtualClock();
        LogStore store = Faults.wrap(new InMemoryLogStore()).virtualClock(clock)
                .failing(FaultRule.on(Operation.STORE_LOG).onNthCall(1).hang(Duration.ofSeconds(30))).build();
        store.storeLog(Log.of(1, 1));
        assertThat(clock.nanoTime()).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(store.lastIndex()).isEqualTo(1);
    }

    @Test
    void hangUntilReleasedBlocksUntilRelease() throws Exception {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore())
                .failing(FaultRule.on(Operation.STORE_LOG).onNthCall(1).hangUntilReleased()).buildWithControl();
        Thread writer = new Thread(() -> {
            try {
                faulty.store().storeLog(Log.of(1, 1));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        while (faulty.hungCalls() == 0) {
            Thread.onSpinWait();
        }
        assertThat(writer.isAlive()).isTrue();
        assertThat(faulty.store().lastIndex()).isZero(); // blocked before reaching the store
        faulty.release();
        writer.join();
        assertThat(faulty.store().lastIndex()).isEqualTo(1);
    }

    @Test
    void sameSeedReplaysTheSameFaultLog() throws Exception {
        assertThat(run(42)).isEqualTo(run(42));
        assertThat(run(42)).isNotEqualTo(run(43));
    }

    private static List<FaultEvent> run(long seed) throws Exception {
        VirtualClock clock = new VirtualClock();
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).seed(seed).virtualClock(clock)
                .latency(Operation.GET_LOG, dev.raftlog.decorators.latency.Latency.exponential(Duration.ofMillis(1)))
                .failing(FaultRule.on(Operation.STORE_LOGS, Operation.GET_LOG).withProbability(0.2).eio())
                .buildWithControl();
        for (int i = 1; i <= 200; i++) {
            try {
                faulty.store().storeLogs(batch(i, i));
            } catch (InjectedIOException e) {
                // part of the scenario
            }
            try {
                faulty.store().getLog(i);
            } catch (IOException e) {
                // injected, or not found after an injected store failure
            }
        }
        assertThat(faulty.faultLog()).extracting(FaultEvent::kind).contains(FaultKind.EIO, FaultKind.LATENCY);
        return faulty.faultLog();
    }

    @Test
    void callsOfOtherOperationsDoNotShiftSeededDecisions() {
        assertThat(failingGetLogCalls(false)).isNotEmpty().isEqualTo(failingGetLogCalls(true));
    }

    private static List<Long> failingGetLogCalls(boolean interleaveOtherCalls) {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).seed(5)
                .failing(FaultRule.on(Operation.GET_LOG).withProbability(0.2).eio()).buildWithControl();
        for (int i = 0; i < 100; i++) {
            try {
                if (interleaveOtherCalls) {
                    faulty.store().lastIndex();
                }
                faulty.store().getLog(1);
            } catch (IOException e) {
                // injected, or not found
            }
        }
        return faulty.faultLog().stream().map(FaultEvent::opCall).toList();
    }

    @Test
    void badRulesAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> FaultRule.on(Operation.GET_LOG).withProbability(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> FaultRule.on(Operation.GET_LOG).withProbability(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability");
        assertThatThrownBy(() -> FaultRule.on(Operation.GET_LOG).onNthCall(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onNthCall call numbers start at 1");
        assertThatThrownBy(() -> FaultRule.on(Operation.GET_LOG).onCalls())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> FaultRule.on(Operation.GET_LOG).always().hang(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> FaultRule.on(Operation.STORE_LOG).always().partialBatch(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only to STORE_LOGS");
        assertThatThrownBy(() -> Faults.wrap(new InMemoryLogStore()).recording(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recording capacity");
        assertThatCode(() -> FaultRule.on(Operation.GET_LOG).withProbability(0).eio()).doesNotThrowAnyException();
    }

    @Test
    void isMonotonicAndCloseGoStraightThrough() throws Exception {
        boolean[] closed = {false};
        LogStore monotonic = new LogStore() {
            public long firstIndex() { return 0; }
            public long lastIndex() { return 0; }
            public Log getLog(long index) throws IOException { throw new dev.raftlog.api.LogNotFoundException(index); }
            public void storeLogs(List<Log> logs) { }
            public void deleteRange(long min, long max) { }
            @Override public boolean isMonotonic() { return true; }
            @Override public void close() { closed[0] = true; }
        };
        LogStore wrapped = Faults.wrap(monotonic).failing(FaultRule.onAny().always().crashStop()).build();
        assertThat(wrapped.isMonotonic()).isTrue();
        wrapped.close();
        assertThat(closed[0]).isTrue();
        assertThat(Faults.wrap(new InMemoryLogStore()).build().isMonotonic()).isFalse();
    }
}
