package dev.raftlog.decorators.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.Faults;
import dev.raftlog.decorators.FaultyStore;
import dev.raftlog.decorators.recording.CallRecord;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A method rule deep inside a backend shows up at the LogStore surface, as the backend's own error. */
class MethodFaultsThroughAStoreTest {

    /** A backend that flushes a segment writer on every batch, and does not store a batch whose flush failed. */
    static final class FlushingStore implements LogStore {
        private final InMemoryLogStore entries = new InMemoryLogStore();
        private final SegmentWriter writer = new SegmentWriter();

        @Override public long firstIndex() { return entries.firstIndex(); }
        @Override public long lastIndex() { return entries.lastIndex(); }
        @Override public Log getLog(long index) throws IOException { return entries.getLog(index); }
        @Override public void deleteRange(long min, long max) { entries.deleteRange(min, max); }

        @Override
        public void storeLogs(List<Log> logs) throws IOException {
            writer.flush();
            entries.storeLogs(logs);
        }
    }

    @Test
    void theSecondBatchFailsInsideTheBackend() throws Exception {
        FaultyStore faulty = Faults.wrap(new FlushingStore()).recording().buildWithControl();
        LogStore store = faulty.store();
        try (InstalledMethodFaults faults = MethodFaults.install(1, MethodFaults.on(SegmentWriter.class)
                .method("flush").onNthCall(2).throwing(() -> new IOException("injected: fsync failed")))) {
            store.storeLogs(List.of(Log.of(1, 1)));
            assertThatThrownBy(() -> store.storeLogs(List.of(Log.of(2, 1))))
                    .isInstanceOf(IOException.class).hasMessage("injected: fsync failed");
            store.storeLogs(List.of(Log.of(2, 1)));
            assertThat(faults.faultLog()).hasSize(1);
        }
        assertThat(store.lastIndex()).isEqualTo(2);
        List<CallRecord> h = faulty.recorder().history();
        assertThat(h.get(1).error()).hasMessage("injected: fsync failed");
        assertThat(h.get(1).injectedFault()).as("not injected by the wrapper itself").isNull();
    }
}
