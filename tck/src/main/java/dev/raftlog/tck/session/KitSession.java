package dev.raftlog.tck.session;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.Profile;
import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.StoreContent;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Needs;
import dev.raftlog.tck.catalogue.Requirement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import dev.raftlog.tck.concurrency.ConcurrencyReport;
import dev.raftlog.tck.concurrency.Violation;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * One kit test's view of the store under test: opens it (lazily), reopens it, records every
 * call as Java, and checks expectations, turning a broken expectation into a
 * {@link RequirementViolation} that carries the calls made so far.
 */
public final class KitSession implements AutoCloseable {

    /** A store call that is expected to be rejected. */
    @FunctionalInterface
    public interface StoreCall {
        void run(LogStore store) throws Exception;
    }

    private final StoreFactory factory;
    private final Transcript transcript = new Transcript();
    private final JavaSource java = new JavaSource();
    private final List<LogStore> opened = new ArrayList<>();
    private TranscribedStore store;
    private ExtensionContext.Store classStore;
    private Path directory;

    public KitSession(StoreFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public StoreFactory factory() {
        return factory;
    }

    public Transcript transcript() {
        return transcript;
    }

    public JavaSource java() {
        return java;
    }

    /** {@code size} bytes of {@link dev.raftlog.tck.Payloads#pattern(int)}, printed as that call. */
    public byte[] pattern(int size) {
        return java.pattern(size);
    }

    /** Skips the running test, with the reason, when the store does not declare what {@code r} needs. */
    public void require(Requirement r) {
        boolean met = switch (r.needs()) {
            case NOTHING -> true;
            case GENERAL_PROFILE -> factory.profile() == Profile.GENERAL;
            case MONOTONIC_PROFILE -> factory.profile() == Profile.MONOTONIC;
            case REOPEN -> factory.reopenable();
            case CRASH_TESTABLE -> factory.crashTestable();
        };
        if (!met) {
            throw new TestAbortedException(r.needs() == Needs.CRASH_TESTABLE ? factory.crashSkipReason() : r.needs().skipReason());
        }
    }

    /** True when the store declared the general profile. */
    public boolean general() {
        return factory.profile() == Profile.GENERAL;
    }

    /** The store under test (opened on first use), recording every call. */
    public LogStore store() throws IOException {
        if (store == null) {
            StoreFactory.OpenedStore o = factory.openNew();
            directory = o.directory();
            opened.add(o.store());
            store = new TranscribedStore(o.store(), transcript, java);
            transcript.add(directory == null ? "LogStore store = newStore();" : "LogStore store = newStore(dir);", 0);
        }
        return store;
    }

    private LogStore raw() throws IOException {
        store();
        return store.delegate();
    }

    /** Closes the store and opens it again on the same directory (restart rules only). */
    public LogStore reopen() throws IOException {
        if (!factory.reopenable()) {
            throw new TestAbortedException(Needs.REOPEN.skipReason());
        }
        store();
        store.close();
        opened.remove(store.delegate());
        LogStore again = factory.reopen(directory);
        opened.add(again);
        store = new TranscribedStore(again, transcript, java);
        transcript.add("store.close(); store = newStore(dir);   // reopen on the same directory", 1);
        return store;
    }

    /** Appends entries {@code from..to} (term 1, small data) in one batch and returns them. */
    public List<Log> append(long from, long to) throws IOException {
        return append(from, to, 1);
    }

    /** Appends entries {@code from..to} with {@code term} in one batch and returns them. */
    public List<Log> append(long from, long to, long term) throws IOException {
        List<Log> batch = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            batch.add(Log.of(i, term));
        }
        store().storeLogs(batch);
        return batch;
    }

    /** Expects firstIndex() == first and lastIndex() == last. */
    public void expectBounds(Requirement r, long first, long last) throws IOException {
        expectFirst(r, first);
        expectLast(r, last);
    }

    /** Expects firstIndex() == first. */
    public void expectFirst(Requirement r, long first) throws IOException {
        expectBound(r, "firstIndex", first);
    }

    /** Expects lastIndex() == last. */
    public void expectLast(Requirement r, long last) throws IOException {
        expectBound(r, "lastIndex", last);
    }

    private void expectBound(Requirement r, String method, long expected) throws IOException {
        LogStore raw = raw();
        transcript.add("assertThat(store." + method + "()).isEqualTo(" + JavaSource.num(expected) + ");", 1);
        long actual;
        try {
            actual = method.equals("firstIndex") ? raw.firstIndex() : raw.lastIndex();
        } catch (IOException | RuntimeException e) {
            throw violation(r, method + "() threw instead of returning " + expected, expected, e.toString(), e);
        }
        if (actual != expected) {
            transcript.annotateLast("FAILS: returned " + actual);
            throw violation(r, method + "() returned " + actual + ", expected " + expected, expected, actual, null);
        }
    }

    /** Expects getLog(expected.index()) to return an entry equal to {@code expected}. */
    public Log expectEntry(Requirement r, Log expected) throws IOException {
        LogStore raw = raw();
        long index = expected.index();
        transcript.add("assertThat(store.getLog(" + JavaSource.num(index) + ")).isEqualTo(" + java.log(expected) + ");", 1);
        Log actual;
        try {
            actual = raw.getLog(index);
        } catch (IOException | RuntimeException e) {
            transcript.annotateLast("FAILS: threw " + e);
            throw violation(r, "getLog(" + index + ") threw instead of returning the stored entry", expected, e.toString(), e);
        }
        if (!expected.equals(actual)) {
            transcript.annotateLast("FAILS: returned " + actual);
            throw violation(r, "getLog(" + index + ") returned a different entry", expected, actual, null);
        }
        return actual;
    }

    /** Expects an entry the test got earlier, kept in variable {@code name}, to still equal {@code expected}. */
    public void expectHeld(Requirement r, String name, Log held, Log expected) {
        transcript.add("assertThat(" + name + ").isEqualTo(" + java.log(expected) + ");", 0);
        if (!expected.equals(held)) {
            transcript.annotateLast("FAILS: now " + held);
            throw violation(r, "an entry returned earlier changed after later calls", expected, held, null);
        }
    }

    /** Skips the running test with {@code reason} unless the store declared the general profile. */
    public void requireGeneralProfile(String reason) {
        if (!general()) {
            throw new TestAbortedException(reason);
        }
    }

    /** Expects getLog(index) to throw LogNotFoundException carrying {@code index}. */
    public void expectNotFound(Requirement r, long index) throws IOException {
        LogStore raw = raw();
        transcript.add("assertThatThrownBy(() -> store.getLog(" + JavaSource.num(index)
                + ")).isInstanceOf(LogNotFoundException.class);", 1);
        Log found;
        try {
            found = raw.getLog(index);
        } catch (LogNotFoundException e) {
            if (e.index() != index) {
                transcript.annotateLast("FAILS: exception carries index " + e.index());
                throw violation(r, "LogNotFoundException for getLog(" + index + ") carries index " + e.index(), index, e.index(), e);
            }
            return;
        } catch (IOException | RuntimeException e) {
            transcript.annotateLast("FAILS: threw " + e);
            throw violation(r, "getLog(" + index + ") threw " + e.getClass().getName() + ", not LogNotFoundException",
                    "LogNotFoundException", e.toString(), e);
        }
        transcript.annotateLast("FAILS: returned " + found);
        throw violation(r, "getLog(" + index + ") did not throw LogNotFoundException", "LogNotFoundException", found, null);
    }

    /**
     * Expects {@code call} to throw one of {@code allowed}; returns what it threw. The store's
     * content must be checked separately (see {@link #snapshot}).
     */
    @SafeVarargs
    public final Throwable expectRejected(Requirement r, String what, StoreCall call, Class<? extends Throwable>... allowed)
            throws IOException {
        LogStore s = store();
        String types = Arrays.stream(allowed).map(c -> c.getSimpleName() + ".class").collect(Collectors.joining(", "));
        try {
            call.run(s);
        } catch (Throwable t) {
            transcript.wrapLast("assertThatThrownBy(() -> ", ").isInstanceOfAny(" + types + ");");
            for (Class<? extends Throwable> c : allowed) {
                if (c.isInstance(t) && !(t instanceof LogNotFoundException && c != LogNotFoundException.class)) {
                    return t;
                }
            }
            transcript.annotateLast("FAILS: threw " + t.getClass().getName());
            throw violation(r, what + " threw " + t.getClass().getName() + ", expected one of " + types, types, t.toString(), t);
        }
        transcript.wrapLast("assertThatThrownBy(() -> ", ").isInstanceOfAny(" + types + ");");
        transcript.annotateLast("FAILS: returned normally");
        throw violation(r, what + " was accepted; it must be rejected with an exception", types, "no exception", null);
    }

    /** What the store shows in [from, to], read without recording the calls one by one. */
    public StoreContent snapshot(long from, long to) throws IOException {
        StoreContent c = StoreContent.of(raw(), from, to);
        transcript.add("StoreContent before = StoreContent.of(store, " + JavaSource.num(from) + ", " + JavaSource.num(to) + ");", 1);
        return c;
    }

    /** Expects the store to show exactly {@code before} in the same window. */
    public void expectUnchanged(Requirement r, StoreContent before, long from, long to) throws IOException {
        transcript.add("assertThat(StoreContent.of(store, " + JavaSource.num(from) + ", " + JavaSource.num(to)
                + ")).isEqualTo(before);", 1);
        StoreContent now;
        try {
            now = StoreContent.of(raw(), from, to);
        } catch (IOException | RuntimeException e) {
            throw violation(r, "reading the store back threw", before, e.toString(), e);
        }
        if (!now.equals(before)) {
            transcript.annotateLast("FAILS: now " + now);
            throw violation(r, "the rejected call changed the store", before, now, null);
        }
    }

    /** A violation of {@code r} carrying the calls made so far. */
    public RequirementViolation violation(Requirement r, String problem, Object expected, Object actual, Throwable cause) {
        return new RequirementViolation(r, problem, expected, actual, transcript.code(), transcript.callCount(), null, cause);
    }

    /** Lets this session share values with the other tests of its kit class (set by the kit before each test). */
    public void attachClassStore(ExtensionContext.Store store) {
        this.classStore = store;
    }

    /** The concurrent run of this kit class, made on first use and shared by the LS-CONC rules. */
    public ConcurrencyReport concurrencyReport() {
        return concurrencyRun().report();
    }

    private ConcurrencyRun.Result concurrencyRun() {
        if (classStore == null) {
            return ConcurrencyRun.run(factory);
        }
        return classStore.getOrComputeIfAbsent(ConcurrencyRun.class, k -> ConcurrencyRun.run(factory), ConcurrencyRun.Result.class);
    }

    /**
     * Expects the shared concurrent run to show no violation of {@code r}. An undecided
     * linearizability search (budget spent) is reported as skipped with the reason, never as a pass.
     */
    public void expectNoConcurrencyViolation(Requirement r) {
        ConcurrencyRun.Result run = concurrencyRun();
        ConcurrencyReport report = run.report();
        for (Violation v : report.violations()) {
            if (v.rule().requirement() == r) {
                String replay = "Workload seed: -Draftlog.seed=" + run.seed() + " (" + run.callsPerThread()
                        + " calls per thread; the same calls are chosen again, but thread interleavings do not replay). "
                        + report.summary();
                throw new RequirementViolation(r, v.describe(), null, null, null, v.window().size(), replay, null);
            }
        }
        if (r == Requirement.CONC_LINEARIZABLE && !report.isConclusive()) {
            throw new TestAbortedException("linearizability undecided: " + report.undecidedReason().orElse("search budget spent"));
        }
    }

    /** Closes every store opened and releases the directory. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (LogStore s : opened) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        opened.clear();
        factory.release(directory);
        if (first != null) {
            throw first;
        }
    }
}
