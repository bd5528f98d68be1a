package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.latency.Latency;
import dev.raftlog.decorators.recording.CallRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module README's example, verbatim between the markers, so it is known to compile and run. */
class ReadmeExampleTest {

    @Test
    void readmeExample() throws IOException {
        // --- README example start ---
        VirtualClock clock = new VirtualClock();                 // no real sleeping: tests stay fast
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore())  // any LogStore: yours goes here
                .latency(Operation.STORE_LOGS, Latency.percentiles()
                        .p(50, Duration.ofMillis(1)).p(99, Duration.ofMillis(20)).p(99.9, Duration.ofMillis(200))
                        .build())
                .latency(Operation.GET_LOG, Latency.exponential(Duration.ofMillis(1)))
                .failing(FaultRule.on(Operation.STORE_LOGS).onNthCall(3).eio())
                .failing(FaultRule.on(Operation.GET_LOG).withProbability(0.01).diskFull())
                .recording()
                .virtualClock(clock)
                .seed(42)                                         // same seed, same faults
                .buildWithControl();
        LogStore store = faulty.store();                          // hand this to your Raft, cache, ...

        for (long i = 1; i <= 5; i++) {
            try {
                store.storeLogs(List.of(Log.of(i, 1)));
            } catch (InjectedIOException e) {
                System.out.println(e.getMessage());
                // injected EIO on storeLogs call #3 (sequence 3; rule: failing(STORE_LOGS).onNthCall(3).eio())
            }
        }
        faulty.faultLog().forEach(System.out::println);           // every fault, with the call it hit
        StringWriter history = new StringWriter();
        faulty.recorder().toJsonLines(history);                   // attach to a bug report
        System.out.println("virtual time spent: " + Duration.ofNanos(clock.nanoTime()));
        // --- README example end ---

        List<CallRecord> calls = faulty.recorder().history();
        assertThat(calls).hasSize(5);
        assertThat(calls.get(2).error()).isInstanceOf(InjectedIOException.class);
        assertThat(calls).filteredOn(c -> c.error() == null).hasSize(4);
        assertThat(faulty.faultLog()).filteredOn(e -> e.kind() == FaultKind.EIO).singleElement()
                .satisfies(e -> assertThat(e.opCall()).isEqualTo(3));
        assertThat(history.toString().lines()).hasSize(5);
        assertThat(clock.nanoTime()).isPositive();
    }
}
