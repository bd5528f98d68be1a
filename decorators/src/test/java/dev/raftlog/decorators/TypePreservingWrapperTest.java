package dev.raftlog.decorators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TypePreservingWrapperTest {

    /** A capability some stores have besides LogStore, which consumers test with instanceof. */
    public interface Compactable {
        int compact() throws IOException;
    }

    /** A non-final store with an extra interface, a store-specific method and a constructor with side effects. */
    public static class SegmentedStore implements LogStore, Compactable {
        static final AtomicInteger CONSTRUCTED = new AtomicInteger();
        private final InMemoryLogStore entries = new InMemoryLogStore();
        private final String name;
        private int compactions;

        public SegmentedStore(String name) {
            this.name = name;
            CONSTRUCTED.incrementAndGet();
        }

        @Override public long firstIndex() { return entries.firstIndex(); }
        @Override public long lastIndex() { return entries.lastIndex(); }
        @Override public Log getLog(long index) throws IOException { return entries.getLog(index); }
        @Override public void storeLogs(List<Log> logs) { entries.storeLogs(logs); }
        @Override public void deleteRange(long min, long max) { entries.deleteRange(min, max); }
        @Override public boolean isMonotonic() { return true; }
        @Override public int compact() { return ++compactions; }

        public String name() {
            return name;
        }

        int segmentCount() { // package-private on purpose: the wrapper lives in this package
            return entries.size();
        }
    }

    /** The same, but final: the wrapper cannot be one, so it implements its interfaces. */
    public static final class FinalStore implements LogStore, Compactable {
        private final InMemoryLogStore entries = new InMemoryLogStore();
        private int compactions;

        @Override public long firstIndex() { return entries.firstIndex(); }
        @Override public long lastIndex() { return entries.lastIndex(); }
        @Override public Log getLog(long index) throws IOException { return entries.getLog(index); }
        @Override public void storeLogs(List<Log> logs) { entries.storeLogs(logs); }
        @Override public void deleteRange(long min, long max) { entries.deleteRange(min, max); }
        @Override public int compact() { return ++compactions; }
    }

    /** Non-final but with a final method that would run on the proxy's empty state: interfaces only. */
    public static class StoreWithFinalMethod extends SegmentedStore {
        public StoreWithFinalMethod() {
            super("final-method");
        }

        public final String label() {
            return "label of " + name();
        }
    }

    @Test
    void wrapperOfANonFinalClassIsAnInstanceOfItAndItsInterfaces() throws Exception {
        SegmentedStore real = new SegmentedStore("s1");
        int constructedBefore = SegmentedStore.CONSTRUCTED.get();
        FaultyStore faulty = Faults.wrap(real).recording().buildWithControl();
        assertThat(SegmentedStore.CONSTRUCTED.get()).as("wrapping must not run the store's constructor")
                .isEqualTo(constructedBefore);
        assertThat(faulty.wrapping()).isEqualTo(WrappingMode.SUBCLASS);
        assertThat(faulty.store()).isInstanceOf(SegmentedStore.class).isInstanceOf(Compactable.class);

        SegmentedStore wrapped = faulty.store(SegmentedStore.class);
        wrapped.storeLogs(List.of(Log.of(1, 1), Log.of(2, 1)));
        assertThat(wrapped.name()).isEqualTo("s1");
        assertThat(wrapped.segmentCount()).isEqualTo(2);
        assertThat(wrapped.compact()).isEqualTo(1);
        assertThat(real.compact()).isEqualTo(2); // store-specific methods ran on the real store's state
        assertThat(wrapped.isMonotonic()).isTrue();
        assertThat(wrapped.toString()).isEqualTo(real.toString());
        assertThat(wrapped).isEqualTo(wrapped).isNotEqualTo(real).hasSameHashCodeAs(wrapped);
        wrapped.storeLog(Log.of(3, 1)); // a default method of LogStore, still one STORE_LOG call
        // LogStore operations go through the chain: they were recorded; store-specific ones were not
        assertThat(faulty.recorder().history()).extracting(r -> r.op())
                .containsExactly(Operation.STORE_LOGS, Operation.STORE_LOG);
    }

    @Test
    void faultsApplyThroughTheTypedView() {
        SegmentedStore wrapped = Faults.wrap(new SegmentedStore("s2"))
                .failing(FaultRule.on(Operation.GET_LOG).always().eio())
                .buildWithControl().store(SegmentedStore.class);
        assertThatThrownBy(() -> wrapped.getLog(1)).isInstanceOf(InjectedIOException.class);
    }

    @Test
    void wrapperOfAFinalClassImplementsItsInterfaces() throws Exception {
        FinalStore real = new FinalStore();
        FaultyStore faulty = Faults.wrap(real).buildWithControl();
        assertThat(faulty.wrapping()).isEqualTo(WrappingMode.INTERFACES);
        assertThat(faulty.store()).isNotInstanceOf(FinalStore.class).isInstanceOf(Compactable.class);
        assertThat(faulty.store(Compactable.class).compact()).isEqualTo(1);
        assertThat(real.compact()).isEqualTo(2);
        assertThatThrownBy(() -> faulty.store(FinalStore.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrapping mode is INTERFACES");
    }

    @Test
    void aFinalMethodForcesInterfaceMode() throws Exception {
        FaultyStore faulty = Faults.wrap(new StoreWithFinalMethod()).buildWithControl();
        assertThat(faulty.wrapping()).isEqualTo(WrappingMode.INTERFACES);
        assertThat(faulty.store()).isInstanceOf(Compactable.class);
    }

    @Test
    void aStoreWithNothingButLogStoreGetsThePlainWrapper() {
        FaultyStore faulty = Faults.wrap(new InMemoryLogStore()).buildWithControl();
        assertThat(faulty.wrapping()).isEqualTo(WrappingMode.PLAIN);
        assertThat(Faults.wrap(new SegmentedStore("s3")).typePreserving(false).buildWithControl().wrapping())
                .isEqualTo(WrappingMode.PLAIN);
    }

    @Test
    void twoWrappersOfTheSameClassAreIndependent() throws Exception {
        SegmentedStore a = Faults.wrap(new SegmentedStore("a")).build() instanceof SegmentedStore s ? s : null;
        SegmentedStore b = Faults.wrap(new SegmentedStore("b")).build() instanceof SegmentedStore s ? s : null;
        assertThat(a.getClass()).isSameAs(b.getClass()); // the generated class is cached
        a.storeLog(Log.of(1, 1));
        assertThat(a.lastIndex()).isEqualTo(1);
        assertThat(b.lastIndex()).isZero();
        assertThat(a.name()).isEqualTo("a");
        assertThat(b.name()).isEqualTo("b");
    }
}
