package dev.raftlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct checks of the cases hashicorp's InmemStore gets wrong (contract rules 7, 11, 16). The kit checks the rest. */
class InMemoryLogStoreTest {

    private final InMemoryLogStore store = new InMemoryLogStore();

    private void append(long from, long to) {
        for (long i = from; i <= to; i++) {
            store.storeLog(Log.of(i, 1));
        }
    }

    @Test
    void deleteOnEmptyStoreKeepsItEmpty() {
        store.deleteRange(0, 5);
        assertThat(store.firstIndex()).isZero();
        assertThat(store.lastIndex()).isZero();
    }

    @Test
    void deleteRangesAreClampedAndOutOfOrderBoundsAreANoOp() {
        append(5, 10);
        store.deleteRange(1, 2);
        store.deleteRange(3, 1);
        store.deleteRange(12, 11);
        assertThat(store.firstIndex()).isEqualTo(5);
        assertThat(store.lastIndex()).isEqualTo(10);
        store.deleteRange(0, 100);
        assertThat(store.firstIndex()).isZero();
        assertThat(store.lastIndex()).isZero();
    }

    @Test
    void outOfOrderWritesKeepTrueBounds() throws Exception {
        append(5, 10);
        store.storeLog(Log.of(3, 1));
        assertThat(store.firstIndex()).isEqualTo(3);
        InMemoryLogStore other = new InMemoryLogStore();
        other.storeLogs(List.of(Log.of(3, 1), Log.of(1, 1), Log.of(2, 1)));
        assertThat(other.firstIndex()).isEqualTo(1);
        assertThat(other.lastIndex()).isEqualTo(3);
        assertThatThrownBy(() -> store.getLog(4)).isInstanceOf(LogNotFoundException.class);
    }

    @Test
    void copiesOnTheWayInAndOut() throws Exception {
        byte[] data = {1, 2, 3};
        store.storeLog(Log.command(1, 1, data));
        data[0] = 99;
        Log read = store.getLog(1);
        assertThat(read.data()).containsExactly(1, 2, 3);
        read.data()[1] = 99;
        assertThat(store.getLog(1).data()).containsExactly(1, 2, 3);
    }

    @Test
    void aBatchWithANullElementChangesNothing() {
        assertThatThrownBy(() -> store.storeLogs(Arrays.asList(Log.of(1, 1), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("logs[1] is null");
        assertThat(store.size()).isZero();
    }

    @Test
    void negativeArgumentsAreRejected() {
        append(1, 3);
        assertThatThrownBy(() -> store.getLog(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.deleteRange(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void boundsNearLongMaxDoNotOverflow() {
        store.storeLogs(List.of(Log.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Log.of(Long.MAX_VALUE, Long.MAX_VALUE)));
        store.deleteRange(Long.MAX_VALUE, Long.MAX_VALUE);
        assertThat(store.lastIndex()).isEqualTo(Long.MAX_VALUE - 1);
    }
}
