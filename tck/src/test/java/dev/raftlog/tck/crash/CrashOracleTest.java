package dev.raftlog.tck.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The oracle's verdicts on hand-made recovered stores: what it accepts, and which rule each wrong recovery breaks. */
class CrashOracleTest {
    private static final Path DIR = Path.of("/unused");

    private static final Log A1 = CrashOp.Append.entry(1, 1, 10);
    private static final Log A2 = CrashOp.Append.entry(2, 1, 10);
    private static final Log B3 = CrashOp.Append.entry(3, 1, 10);
    private static final Log B4 = CrashOp.Append.entry(4, 1, 10);

    private final List<CrashOp> ops = new ArrayList<>();
    private LogState acked = LogState.EMPTY;
    private final Map<Long, List<Log>> written = new HashMap<>();

    private void ack(CrashOp op) {
        note(op);
        acked = acked.apply(op);
    }

    private void note(CrashOp op) {
        ops.add(op);
        if (op instanceof CrashOp.Append a) {
            a.batch().forEach(l -> written.computeIfAbsent(l.index(), k -> new ArrayList<>()).add(l));
        }
    }

    private Optional<Finding> recovered(CrashOp inFlight, Log... entries) {
        LogState with = acked;
        if (inFlight != null) {
            note(inFlight);
            with = acked.apply(inFlight);
        }
        StoreFactory f = StoreFactory.durable(dir -> store(entries));
        return CrashOracle.check(f, DIR, acked, with, written);
    }

    private static LogStore store(Log... entries) throws IOException {
        LogStore s = new InMemoryLogStore();
        for (Log l : entries) {
            s.storeLogs(List.of(l));
        }
        return s;
    }

    private static Requirement rule(Optional<Finding> f) {
        assertThat(f).as("the oracle must reject this recovery").isPresent();
        return f.get().requirement();
    }

    @Test
    void acceptsTheAcknowledgedStateAndTheInFlightBatchWhole() {
        ack(new CrashOp.Append(List.of(A1, A2)));
        CrashOp batch = new CrashOp.Append(List.of(B3, B4));
        assertThat(recovered(batch, A1, A2)).isEmpty();
        assertThat(recovered(batch, A1, A2, B3, B4)).isEmpty();
    }

    @Test
    void halfAnInFlightBatchBreaksAtomicity() {
        ack(new CrashOp.Append(List.of(A1, A2)));
        assertThat(rule(recovered(new CrashOp.Append(List.of(B3, B4)), A1, A2, B3))).isEqualTo(Requirement.CRASH_IN_FLIGHT_ATOMIC);
    }

    @Test
    void halfAnInFlightSuffixDeleteBreaksAtomicity() {
        ack(new CrashOp.Append(List.of(A1, A2, B3, B4)));
        CrashOp delete = new CrashOp.Delete(2, 4);
        assertThat(recovered(delete, A1)).isEmpty();
        assertThat(rule(recovered(delete, A1, A2))).isEqualTo(Requirement.CRASH_IN_FLIGHT_ATOMIC);
    }

    @Test
    void aLostAcknowledgedEntryBreaksSurvival() {
        ack(new CrashOp.Append(List.of(A1, A2)));
        Optional<Finding> f = recovered(null, A1);
        assertThat(rule(f)).isEqualTo(Requirement.CRASH_ACKNOWLEDGED_SURVIVE);
        assertThat(f.get().byteDiff()).contains("index 2").contains("not found").contains("<- WRONG");
    }

    @Test
    void aResurrectedEntryBreaksDeletes() {
        ack(new CrashOp.Append(List.of(A1, A2)));
        ack(new CrashOp.Delete(2, 2));
        assertThat(rule(recovered(null, A1, A2))).isEqualTo(Requirement.CRASH_DELETE_NOT_UNDONE);
    }

    @Test
    void bytesNeverWrittenAreInvented() {
        ack(new CrashOp.Append(List.of(A1)));
        Log torn = new Log(2, 1, A2.type(), new byte[10], null, null);
        Optional<Finding> f = recovered(new CrashOp.Append(List.of(A2)), A1, torn);
        assertThat(rule(f)).isEqualTo(Requirement.CRASH_NOTHING_INVENTED);
        assertThat(f.get().byteDiff()).contains("data differs from byte 0");
    }

    @Test
    void anIndexNeverWrittenIsInvented() {
        ack(new CrashOp.Append(List.of(A1)));
        assertThat(rule(recovered(null, A1, CrashOp.Append.entry(9, 1, 10)))).isEqualTo(Requirement.CRASH_NOTHING_INVENTED);
    }

    @Test
    void aStoreThatCannotReopenBreaksSurvival() {
        ack(new CrashOp.Append(List.of(A1)));
        StoreFactory f = StoreFactory.durable(dir -> {
            throw new IOException("corrupt log");
        });
        assertThat(rule(CrashOracle.check(f, DIR, acked, acked, written))).isEqualTo(Requirement.CRASH_ACKNOWLEDGED_SURVIVE);
    }
}
