package dev.raftlog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The console runner as a CI gate sees it: its output and its exit codes. */
class MainTest {

    /** Deletes min..max-1: an off-by-one on the inclusive upper bound. */
    public static final class ExclusiveDeleteStore implements LogStore {
        private final InMemoryLogStore d = new InMemoryLogStore();

        @Override public long firstIndex() { return d.firstIndex(); }
        @Override public long lastIndex() { return d.lastIndex(); }
        @Override public Log getLog(long i) throws IOException { return d.getLog(i); }
        @Override public void storeLogs(List<Log> logs) { d.storeLogs(logs); }
        @Override public void deleteRange(long min, long max) {
            if (min < 0 || max < 0) {
                throw new IllegalArgumentException("negative bound");
            }
            if (max > min) {
                d.deleteRange(min, max - 1);
            }
        }
    }

    /** A Supplier the runner accepts. */
    public static final class InMemorySupplier implements Supplier<LogStore> {
        @Override public LogStore get() { return new InMemoryLogStore(); }
    }

    /** A Function that returns something that is not a store. */
    public static final class NotAStoreOpener implements Function<Path, Object> {
        @Override public Object apply(Path p) { return "not a store"; }
    }

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bundledInMemoryStoreIsConformant() {
        Run r = run("--store", "in-memory", "--tries", "quick");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("pass            LS-DELETE-04").contains("CONFORMANT (every MUST rule passed)")
                .contains("skipped         LS-RESTART-01").contains("needs a reopenable store");
        assertThat(r.err()).contains("tests run, 0 failed");
    }

    @Test
    void brokenStoreFailsWithTheRuleIdAndItsCounterexample() {
        Run r = run("--store", ExclusiveDeleteStore.class.getName(), "--tries", "quick");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL            LS-DELETE-04").contains("NOT CONFORMANT")
                .contains("store.deleteRange(").contains("// FAILS");
    }

    @Test
    void onlyRunsTheNamedRules() {
        Run r = run("--store", ExclusiveDeleteStore.class.getName(), "--only", "LS-EMPTY-01,LS-READ-03");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("pass            LS-EMPTY-01").contains("not run         LS-DELETE-04");
    }

    @Test
    void supplierIsAccepted() {
        Run r = run("--store", InMemorySupplier.class.getName(), "--only", "LS-EMPTY-01");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertThat(run().err()).contains("--store is required");
        Run unknown = run("--store", "com.example.Nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("com.example.Nope not found on the classpath");
        Run wrongType = run("--store", String.class.getName());
        assertThat(wrongType.exit()).isEqualTo(2);
        assertThat(wrongType.err()).contains("is neither a LogStore");
        assertThat(run("--store", "in-memory", "--profile", "sideways").err()).contains("--profile must be general or monotonic");
        assertThat(run("--store", "in-memory", "--seed", "abc").err()).contains("--seed takes a whole number, was 'abc'");
        assertThat(run("--store", "in-memory", "--only", "LS-NOPE-01").err()).contains("unknown requirement ID 'LS-NOPE-01'");
        assertThat(run("--store", "in-memory", "--frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void openerReturningSomethingElseIsAHarnessErrorNotAPass() {
        Run r = run("--store", NotAStoreOpener.class.getName(), "--only", "LS-EMPTY-01");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR").contains("instead of a LogStore");
    }
}
