package dev.raftlog.tck.concurrency;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Histories from other recorders are checked on the way in: bad ones would give wrong verdicts. */
class HistoryTest {

    @Test
    void callsAreOrderedByStartAndNumbered() {
        History h = History.of(List.of(Call.lastIndex(2, 0, 50, 60), Call.firstIndex(1, 0, 10, 20)));
        assertThat(h.calls()).extracting(Call::id).containsExactly(0, 1);
        assertThat(h.calls()).extracting(Call::kind).containsExactly(OpKind.FIRST_INDEX, OpKind.LAST_INDEX);
        assertThat(h.threadCount()).isEqualTo(2);
    }

    @Test
    void overlappingCallsOfOneThreadAreRejected() {
        assertThatThrownBy(() -> History.of(List.of(Call.firstIndex(1, 0, 10, 20), Call.lastIndex(1, 0, 15, 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thread 1 has overlapping calls");
    }

    @Test
    void inconsistentCallsAreRejected() {
        assertThatThrownBy(() -> Call.firstIndex(1, 0, 20, 10)).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new Call(0, 1, null, OpKind.LAST_INDEX, 0, 0, null, Outcome.NOT_FOUND, 0, null, null, 0, 1))
                .hasMessageContaining("only getLog can end NOT_FOUND");
        assertThatThrownBy(() -> new Call(0, 1, null, OpKind.LAST_INDEX, 0, 0, null, Outcome.PENDING, 0, null, null, 0, 1))
                .hasMessageContaining("PENDING");
        assertThatThrownBy(() -> new Call(0, 1, null, OpKind.GET_LOG, 1, 0, null, Outcome.OK, 0, null, null, 0, 1))
                .hasMessageContaining("must name its entry");
    }
}
