package dev.raftlog.decorators.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.api.LogType;
import dev.raftlog.decorators.FaultRule;
import dev.raftlog.decorators.Faults;
import dev.raftlog.decorators.FaultyStore;
import dev.raftlog.decorators.Operation;
import dev.raftlog.decorators.VirtualClock;
import dev.raftlog.decorators.latency.Latency;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RecorderTest {

    @Test
    void recordsEveryCallWithArgumentsResultsErrorsAndTimes() throws Exception {
        VirtualClock clock = new VirtualClock();
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).recording().virtualClock(clock)
                .latency(Operation.GET_LOG, Latency.fixed(Duration.ofMillis(1)))
                .failing(FaultRule.on(Operation.DELETE_RANGE).onNthCall(1).eio())
                .buildWithControl();
        LogStore store = faulty.store();
        byte[] data = {1, 2, 3};
        store.storeLogs(List.of(Log.command(1, 1, data)));
        data[0] = 9; // the caller reuses its buffer: the history must not change
        store.getLog(1);
        try {
            store.getLog(2);
        } catch (LogNotFoundException expected) {
            // recorded as the call's error
        }
        try {
            store.deleteRange(1, 1);
        } catch (java.io.IOException expected) {
            // injected
        }
        store.lastIndex();

        List<CallRecord> h = faulty.recorder().history();
        assertThat(h).extracting(CallRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(h).extracting(CallRecord::op).containsExactly(Operation.STORE_LOGS, Operation.GET_LOG,
                Operation.GET_LOG, Operation.DELETE_RANGE, Operation.LAST_INDEX);
        assertThat(h.get(0).args()).containsExactly(List.of(Log.command(1, 1, new byte[] {1, 2, 3})));
        assertThat(h.get(1).args()).containsExactly(1L);
        assertThat(h.get(1).result()).isEqualTo(Log.command(1, 1, new byte[] {1, 2, 3}));
        assertThat(h.get(1).durationNanos()).isEqualTo(1_000_000);
        assertThat(h.get(2).error()).isInstanceOf(LogNotFoundException.class);
        assertThat(h.get(2).injectedFault()).isNull();
        assertThat(h.get(3).args()).containsExactly(1L, 1L);
        assertThat(h.get(3).injectedFault()).isEqualTo("failing(DELETE_RANGE).onNthCall(1).eio()");
        assertThat(h.get(4).result()).isEqualTo(1L);
        assertThat(h.get(4).threadName()).isEqualTo(Thread.currentThread().getName());
        assertThat(faulty.recorder().isComplete()).isTrue();
    }

    @Test
    void stopsAtCapacityAndCountsTheRest() throws Exception {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).recording(3).buildWithControl();
        for (int i = 0; i < 5; i++) {
            faulty.store().lastIndex();
        }
        assertThat(faulty.recorder().history()).extracting(CallRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(faulty.recorder().dropped()).isEqualTo(2);
        assertThat(faulty.recorder().isComplete()).isFalse();
    }

    @Test
    void concurrentCallsAreAllRecordedOnce() throws Exception {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).recording().buildWithControl();
        int threads = 4;
        int perThread = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 1; i <= perThread; i++) {
                        faulty.store().storeLog(Log.of(base + i, 1));
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            th.start();
            ts.add(th);
        }
        go.countDown();
        for (Thread th : ts) {
            th.join();
        }
        List<CallRecord> h = faulty.recorder().history();
        assertThat(h).hasSize(threads * perThread);
        assertThat(h).extracting(CallRecord::sequence).doesNotHaveDuplicates();
        assertThat(h.stream().map(CallRecord::threadId).distinct().count()).isEqualTo(threads);
    }

    @Test
    void exportsJsonLinesWithEscapedStringsAndBase64Bytes() throws Exception {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).recording().buildWithControl();
        Thread t = new Thread(() -> {
            try {
                faulty.store().storeLog(Log.of(1, 2, LogType.NOOP, "hi".getBytes(StandardCharsets.UTF_8)));
                faulty.store().getLog(5);
            } catch (Exception e) {
                // getLog(5) is not found: recorded
            }
        }, "writer \"one\"\n");
        t.start();
        t.join();
        String json = faulty.recorder().toJsonLines();
        String[] lines = json.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"seq\":1,\"threadId\":")
                .contains("\"thread\":\"writer \\\"one\\\"\\n\"")
                .contains("\"op\":\"STORE_LOG\",\"args\":[{\"index\":1,\"term\":2,\"type\":\"NOOP\",\"data\":\"aGk=\","
                        + "\"extensions\":\"\",\"appendedAt\":null}]")
                .endsWith("\"result\":null,\"error\":null,\"injectedFault\":null}");
        assertThat(lines[1]).contains("\"op\":\"GET_LOG\",\"args\":[5]")
                .contains("\"error\":{\"type\":\"dev.raftlog.api.LogNotFoundException\",\"message\":\"log not found: index 5\"}");
    }

    @Test
    void recorderRejectsBadInput() {
        assertThatThrownBy(() -> new Recorder(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity must be at least 1");
        Recorder r = new Recorder(2);
        CallRecord c = new CallRecord(1, 1, "t", Operation.LAST_INDEX, List.of(), 0, 1, 0L, null, null);
        r.add(c);
        assertThatThrownBy(() -> r.add(c)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
