package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.zoo.Probe.entry;
import static dev.raftlog.tck.zoo.Probe.run;
import static dev.raftlog.tck.zoo.Probe.sized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the correct bases the probes do not reach: argument validation and its
 * messages, the monotonic profile's rejections, and the simulated durability.
 */
class CorrectBasesTest {

    @Test
    void rejectsNullsNamingTheElementAndStoresNothing() throws Exception {
        SortedMapStore store = new SortedMapStore();
        assertThatThrownBy(() -> store.storeLogs(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("logs");
        assertThatThrownBy(() -> store.storeLogs(Arrays.asList(entry(1), entry(2), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("logs[2]");
        assertThatThrownBy(() -> store.storeLog(null)).isInstanceOf(NullPointerException.class);
        assertThat(store.lastIndex()).isZero();
    }

    @Test
    void rejectsNegativeArgumentsNamingThemAndChangesNothing() throws Exception {
        SortedMapStore store = new SortedMapStore();
        store.storeLogs(run(1, 3));
        assertThatThrownBy(() -> store.getLog(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index").hasMessageContaining("-1");
        assertThatThrownBy(() -> store.deleteRange(-5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min");
        assertThatThrownBy(() -> store.deleteRange(1, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max");
        assertThat(store.firstIndex()).isEqualTo(1);
        assertThat(store.lastIndex()).isEqualTo(3);
    }

    @Test
    void aSizeLimitRejectsTheWholeBatchNamingTheEntry() throws Exception {
        SortedMapStore store = new SortedMapStore(SortedMapStore.EIGHT_MIB);
        store.storeLog(sized(1, SortedMapStore.EIGHT_MIB));
        assertThatThrownBy(() -> store.storeLogs(List.of(entry(2), entry(3), sized(4, SortedMapStore.EIGHT_MIB + 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logs[2]")
                .hasMessageContaining("index 4");
        assertThat(store.lastIndex()).isEqualTo(1);
        assertThat(store.getLog(1).data()).hasSize(SortedMapStore.EIGHT_MIB);
        assertThatThrownBy(() -> new SortedMapStore(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAreCopiesAndMissingIndexesAreNotFound() throws Exception {
        SortedMapStore store = new SortedMapStore();
        store.storeLog(Log.command(1, 1, new byte[] {1}));
        Log read = store.getLog(1);
        read.data()[0] = 9;
        assertThat(store.getLog(1).data()).containsExactly(1);
        assertThatThrownBy(() -> store.getLog(0)).isInstanceOf(LogNotFoundException.class);
        assertThatThrownBy(() -> store.getLog(2)).isInstanceOfSatisfying(LogNotFoundException.class,
                e -> assertThat(e.index()).isEqualTo(2));
    }

    @Test
    void monotonicRejectsGapsOverwritesAndMiddleDeletesWithAReasonAndNoChange() throws Exception {
        MonotonicSortedMapStore store = new MonotonicSortedMapStore();
        store.storeLogs(run(5, 10));
        assertThatThrownBy(() -> store.storeLogs(run(12, 13))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lastIndex() + 1 = 11");
        assertThatThrownBy(() -> store.storeLogs(List.of(entry(11), entry(13))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logs[1]");
        assertThatThrownBy(() -> store.storeLogs(run(9, 11))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already stored");
        assertThatThrownBy(() -> store.deleteRange(6, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix or suffix");
        assertThat(store.firstIndex()).isEqualTo(5);
        assertThat(store.lastIndex()).isEqualTo(10);
        assertThat(store.getLog(7).index()).isEqualTo(7);
    }

    @Test
    void monotonicAcceptsPrefixSuffixClampedAndFullDeletesThenAnyStart() throws Exception {
        MonotonicSortedMapStore store = new MonotonicSortedMapStore();
        store.storeLogs(run(5, 10));
        store.deleteRange(0, 6);
        store.deleteRange(9, Long.MAX_VALUE);
        store.deleteRange(20, 30);
        assertThat(store.firstIndex()).isEqualTo(7);
        assertThat(store.lastIndex()).isEqualTo(8);
        store.storeLogs(run(9, 9));
        store.deleteRange(7, 9);
        assertThat(store.lastIndex()).isZero();
        store.storeLogs(run(100, 101));
        assertThat(store.firstIndex()).isEqualTo(100);
        assertThat(store.isMonotonic()).isTrue();
    }

    @Test
    void monotonicRefusesToGrowPastLongMaxValue() throws Exception {
        MonotonicSortedMapStore store = new MonotonicSortedMapStore();
        store.storeLog(entry(Long.MAX_VALUE));
        assertThatThrownBy(() -> store.storeLogs(List.of(entry(Long.MAX_VALUE), entry(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.lastIndex()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void trackedBoundsFollowTheEntries() throws Exception {
        TrackedBoundsStore store = new TrackedBoundsStore();
        store.storeLogs(List.of(entry(7), entry(3), entry(5)));
        assertThat(store.firstIndex()).isEqualTo(3);
        assertThat(store.lastIndex()).isEqualTo(7);
        store.deleteRange(0, 100);
        assertThat(store.firstIndex()).isZero();
        assertThat(store.lastIndex()).isZero();
    }

    @Test
    void durableStoreKeepsEveryAcknowledgedCallAcrossReopen(@TempDir Path dir) throws Exception {
        LogStore store = DurableSortedMapStore.open(dir);
        store.storeLogs(run(1, 10));
        store.deleteRange(1, 2);
        store.deleteRange(9, 10);
        store.storeLog(Log.of(8, 3));
        store.close();
        store.close();
        assertThatThrownBy(store::lastIndex).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");

        LogStore reopened = DurableSortedMapStore.open(dir.resolve(".").resolve("x").getParent());
        assertThat(reopened.firstIndex()).isEqualTo(3);
        assertThat(reopened.lastIndex()).isEqualTo(8);
        assertThat(reopened.getLog(8).term()).isEqualTo(3);
        assertThatThrownBy(() -> reopened.getLog(2)).isInstanceOf(LogNotFoundException.class);
    }

    @Test
    void disksAreSharedByDirectoryOnlyAndForgottenWhenTheDirectoryGoes(@TempDir Path root) throws Exception {
        Path a = root.resolve("a");
        DurableSortedMapStore.open(a).storeLogs(run(1, 3));
        assertThat(Files.isDirectory(a)).isTrue();
        assertThat(SimulatedDisk.at(a).read()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(SimulatedDisk.at(root.resolve("b")).read()).isEmpty();
        assertThat(SimulatedDisk.scratch()).isNotSameAs(SimulatedDisk.scratch());

        Files.delete(a);
        assertThat(SimulatedDisk.at(root.resolve("c")).read()).isEmpty();
        assertThat(SimulatedDisk.at(a).read()).isEmpty();

        DurableSortedMapStore.open(a).storeLogs(run(1, 1));
        SimulatedDisk.forget(a);
        assertThat(DurableSortedMapStore.open(a).lastIndex()).isZero();
    }

    @Test
    void aDiskRemembersWhetherAStoreUsedIt() {
        SimulatedDisk disk = SimulatedDisk.scratch();
        assertThat(disk.mount()).isFalse();
        assertThat(disk.mount()).isTrue();
    }
}
