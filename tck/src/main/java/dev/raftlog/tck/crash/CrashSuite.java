package dev.raftlog.tck.crash;

import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.opentest4j.TestAbortedException;

/**
 * The crash-conformance suite's entry points, as the kit's {@code CrashRules} call them. Each
 * opens the store with the factory's opener on a directory of the kit's fault-injecting file
 * system, so any durable factory ({@code StoreFactory.durable(dir -> MyStore.open(dir))}) is
 * enough. Every method returns normally when the store conforms and throws a
 * {@link CrashViolation} naming the broken rule otherwise.
 */
public final class CrashSuite {
    /** What a store that cannot run on the kit's file system is told. */
    static final String OPT_OUT_HINT = "crash tests open the store on the kit's fault-injecting file system (Jimfs "
            + "underneath): a store must accept any Path, or opt out with StoreFactory.withoutCrashTests(reason)";

    /** Where the store lives on the fault-injecting file system. */
    public static final String DIRECTORY = "/raft/log";

    private CrashSuite() {
    }

    /**
     * Creates {@value #DIRECTORY} on {@code fs} and fsyncs it into its parent directories, so that
     * only what the store itself does decides what survives a crash.
     */
    public static Path durableDirectory(FaultyFileSystem fs) throws IOException {
        Path dir = Files.createDirectories(fs.getPath(DIRECTORY));
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
        return dir;
    }

    /**
     * Decides one of LS-CRASH-01..04 from the store's crash campaign (bounded exhaustive mode,
     * then random workloads; run once per store and settings and shared by the four rules).
     * Throws the campaign's violation if it is of {@code rule}; aborts (skips) with the reason
     * when the campaign stopped at a violation of another rule, since {@code rule} was then not
     * fully checked.
     */
    public static CrashSummary checkCrashes(StoreFactory factory, Class<?> kitClass, Requirement rule) {
        CrashSummary s = CrashCampaign.of(factory, kitClass);
        if (s.setupError() != null) {
            throw new IllegalStateException(s.setupError());
        }
        if (s.violation() != null) {
            if (s.violation().requirement() == rule) {
                throw s.violation();
            }
            throw new TestAbortedException("not decided: the crash campaign stopped at a violation of "
                    + s.violation().requirement().id() + " (" + s + "); fix that one first");
        }
        return s;
    }

    /** Runs one crash campaign now (not cached) and returns what it did: for measurements and self-tests. */
    public static CrashSummary campaign(StoreFactory factory, long seed, int randomWorkloads, boolean exhaustive) {
        return CrashCampaign.runNow(factory, seed, randomWorkloads, exhaustive);
    }

    /**
     * Runs {@code check} (corruption, fsync failure, disk full) only if the store survives plain
     * crashes: those checks crash the store too, so a plain crash bug would show up in them under
     * the wrong rule. Otherwise aborts (skips) naming the crash rule the campaign found broken.
     */
    public static void afterCrashCampaign(StoreFactory factory, Class<?> kitClass, Runnable check) {
        CrashSummary s = CrashCampaign.of(factory, kitClass);
        if (s.setupError() != null) {
            throw new IllegalStateException(s.setupError());
        }
        if (s.violation() != null) {
            throw new TestAbortedException("not decided: the store already fails " + s.violation().requirement().id()
                    + " under plain crashes (" + s + "); fix that one first");
        }
        check.run();
    }

    /** LS-CRASH-05: single faults in acknowledged data are reported, never returned or dropped. */
    public static void checkCorruption(StoreFactory factory) {
        guarded(() -> CorruptionCheck.run(factory));
    }

    /** LS-FSYNC-01: a failed fsync is never acknowledged, and nothing acknowledged later is lost. */
    public static void checkFsyncFailure(StoreFactory factory) {
        guarded(() -> FsyncFailureCheck.run(factory));
    }

    /** LS-FSYNC-02: disk full is an IOException, loses nothing acknowledged, and the store recovers. */
    public static void checkDiskFull(StoreFactory factory) {
        guarded(() -> DiskFullCheck.run(factory));
    }

    /**
     * Runs a check; an unexpected exception (not a verdict) becomes an IllegalStateException
     * that says the store may not run on the kit's file system, and how to opt out.
     */
    private static void guarded(Runnable check) {
        try {
            check.run();
        } catch (CrashViolation | TestAbortedException | IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the crash check could not run (" + e + "); " + OPT_OUT_HINT, e);
        }
    }
}
