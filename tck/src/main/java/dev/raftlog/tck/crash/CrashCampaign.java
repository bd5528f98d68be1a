package dev.raftlog.tck.crash;

import dev.raftlog.decorators.fs.CrashImage;
import dev.raftlog.decorators.fs.CrashModel;
import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.decorators.fs.FsOperation;
import dev.raftlog.decorators.fs.TornFill;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.property.PropertySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crash campaign: first every workload of up to {@value #EXHAUSTIVE_STEPS} calls at every
 * file-system operation under every crash state of {@link #EXHAUSTIVE_MODELS} (bounded by
 * {@value #MAX_STATES} states per point and model), then random workloads crashed at every
 * fsync boundary and at a quarter of the other operations, under each of {@link #RANDOM_MODELS},
 * and crashed a second time after each operation of the store's recovery ({@link #RECOVERY_MODELS}).
 * Stops at the first violation; a violation of a random workload is shrunk by dropping calls.
 * One campaign per store and settings is run and kept, so the four rules it decides share it.
 */
final class CrashCampaign {
    /** Random workloads at the default setting of {@code raftlog.tries} (quick 0.1x, deep 10x, soak 100x). */
    static final int DEFAULT_WORKLOADS = 40;
    static final int MAX_OPS = 8;
    static final int EXHAUSTIVE_STEPS = 3;
    /** Crash states enumerated per point and model; {@value #DEEP_MAX_STATES} when raftlog.tries is deep or more. */
    static final int MAX_STATES = 16;
    static final int DEEP_MAX_STATES = 128;
    /** Torn sectors may read as zeros (ext4 extending a file) or as garbage (a device mid-write). */
    static final CrashModel TORN = CrashModel.TORN.withTornFill(TornFill.ZEROS_OR_GARBAGE);
    static final List<CrashModel> RANDOM_MODELS = List.of(CrashModel.LOSE_ALL_UNSYNCED, CrashModel.KEEP_RANDOM_PREFIX,
            TORN, CrashModel.REORDER, CrashModel.LOSE_UNSYNCED_DIR_OPS);
    static final List<CrashModel> EXHAUSTIVE_MODELS = List.of(CrashModel.KEEP_RANDOM_PREFIX, TORN);
    /** Models of the second crash, during recovery from the first (random mode). */
    static final List<CrashModel> RECOVERY_MODELS = List.of(CrashModel.KEEP_RANDOM_PREFIX, TORN);
    static final String REPLAY_PROPERTY = "raftlog.crash.replay";
    private static final int MAX_SHRINK_RUNS = 200;
    /** Used when no seed is given, so every rule of one JVM run shares one campaign. */
    private static final long JVM_SEED = new Random().nextLong();
    private static final Map<String, CrashSummary> CAMPAIGNS = new ConcurrentHashMap<>();

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final StoreFactory factory;
    private int maxStates = MAX_STATES;
    private long randomStates;
    private long exhaustiveStates;
    private int randomWorkloads;
    private int exhaustiveWorkloads;

    private CrashCampaign(StoreFactory factory) {
        this.factory = factory;
    }

    /** The campaign for this store and the current settings, run on first request. */
    static CrashSummary of(StoreFactory factory, Class<?> kitClass) {
        PropertySettings settings = PropertySettings.fromEnvironment(DEFAULT_WORKLOADS);
        long seed = settings.seedChosenRandomly() ? JVM_SEED : settings.seed();
        String replay = knob(REPLAY_PROPERTY, "RAFTLOG_CRASH_REPLAY");
        String key = kitClass.getName() + "|" + factory + "|" + seed + "|" + settings.tries() + "|" + replay;
        return CAMPAIGNS.computeIfAbsent(key, k -> new CrashCampaign(factory).run(seed, settings.tries(), replay));
    }

    /** Runs a campaign now, not cached (for measurements and self-tests). */
    static CrashSummary runNow(StoreFactory factory, long seed, int workloads, boolean exhaustive) {
        return new CrashCampaign(factory).run(seed, workloads, exhaustive ? null : "none");
    }

    private CrashSummary run(long seed, int tries, String replay) {
        long start = System.nanoTime();
        maxStates = tries >= 10 * DEFAULT_WORKLOADS ? DEEP_MAX_STATES : MAX_STATES;
        CrashViolation violation = null;
        String setupError = null;
        try {
            if (replay == null) {
                violation = exhaustive();
            }
            if (violation == null) {
                violation = random(seed, tries, replay);
            }
        } catch (WorkloadRun.WorkloadFailed e) {
            setupError = e.getMessage();
        }
        return new CrashSummary(seed, randomWorkloads, randomStates, exhaustiveWorkloads, exhaustiveStates,
                Duration.ofNanos(System.nanoTime() - start), violation, setupError);
    }

    private CrashViolation exhaustive() throws WorkloadRun.WorkloadFailed {
        List<List<CrashOp>> all = WorkloadGen.exhaustive(factory.profile(), EXHAUSTIVE_STEPS);
        for (int w = 0; w < all.size(); w++) {
            exhaustiveWorkloads++;
            CrashFailure f = enumerate(all.get(w), w);
            if (f != null) {
                return violation(f, "bounded exhaustive mode (workload " + (w + 1) + " of " + all.size()
                        + ", every crash state of every operation)",
                        "Replay: the bounded exhaustive mode is deterministic; run the test again");
            }
        }
        return null;
    }

    private CrashViolation random(long seed, int tries, String replay) throws WorkloadRun.WorkloadFailed {
        boolean one = replay != null && !replay.equals("none");
        int n = one ? 1 : tries;
        for (int t = 0; t < n; t++) {
            long wseed = one ? Long.parseLong(replay.strip()) : mix(seed, t);
            List<CrashOp> ops = WorkloadGen.random(new Random(wseed), factory.profile(), MAX_OPS);
            randomWorkloads++;
            CrashFailure f = seeded(ops, wseed, RANDOM_MODELS, true);
            if (f != null) {
                f = shrink(f, wseed);
                return violation(f, "random workload " + (t + 1) + " of " + n + ", crashed at every fsync boundary and at random operations",
                        "Replay this workload: -D" + REPLAY_PROPERTY + "=" + wseed + "   (this run: -Draftlog.seed=" + seed + ")");
            }
        }
        return null;
    }

    /** Crashes each captured point of one run under each model with a derived seed; the first rejected state, or null. */
    private CrashFailure seeded(List<CrashOp> ops, long wseed, List<CrashModel> models, boolean count)
            throws WorkloadRun.WorkloadFailed {
        FaultyFileSystem fs = FaultyFileSystem.builder().seed(wseed).build();
        try {
            Path dir = CrashSuite.durableDirectory(fs);
            Random pick = new Random(wseed ^ 0x5DEECE66DL);
            List<CrashPoint> points = WorkloadRun.run(factory, ops, fs, dir, op -> op.isSyncBoundary() || pick.nextInt(4) == 0);
            for (CrashPoint p : points) {
                for (int m = 0; m < models.size(); m++) {
                    long crashSeed = mix(wseed, p.operation() * 31 + m) & Long.MAX_VALUE;
                    try (FaultyFileSystem after = p.image().crash(models.get(m), crashSeed)) {
                        // The reopen that the oracle does is the store's recovery: capture it to crash it again.
                        List<CrashImage> recovery = new ArrayList<>();
                        List<FsOperation> recoveryOps = new ArrayList<>();
                        after.onOperation(op -> {
                            recovery.add(after.crashImage());
                            recoveryOps.add(op);
                        });
                        if (count) {
                            randomStates++;
                        }
                        Optional<Finding> f = CrashOracle.check(factory, after.getPath(CrashSuite.DIRECTORY), p.without(),
                                p.with(), p.written());
                        after.onOperation(null);
                        if (f.isPresent()) {
                            return new CrashFailure(f.get(), ops, p, models.get(m), crashSeed, 0, 0, wseed,
                                    after.faultLog().toString(), null);
                        }
                        CrashFailure second = crashRecovery(ops, p, models.get(m), crashSeed, wseed, recovery, recoveryOps, count);
                        if (second != null) {
                            return second;
                        }
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the kit's fault-injecting file system", e);
        } finally {
            fs.close();
        }
    }

    /** Crashes the store again after each operation of its recovery from a first crash; the first rejected state, or null. */
    private CrashFailure crashRecovery(List<CrashOp> ops, CrashPoint p, CrashModel first, long crashSeed, long wseed,
            List<CrashImage> recovery, List<FsOperation> recoveryOps, boolean count) {
        for (int j = 0; j < recovery.size(); j++) {
            // nothing pending: every model gives the same state, one is enough
            boolean settled = recovery.get(j).unsyncedWrites() == 0 && recovery.get(j).unsyncedDirectoryOperations() == 0;
            for (int k = 0; k < (settled ? 1 : RECOVERY_MODELS.size()); k++) {
                long seed2 = mix(crashSeed, j * 7L + k) & Long.MAX_VALUE;
                try (FaultyFileSystem again = recovery.get(j).crash(RECOVERY_MODELS.get(k), seed2)) {
                    if (count) {
                        randomStates++;
                    }
                    Optional<Finding> f = CrashOracle.check(factory, again.getPath(CrashSuite.DIRECTORY), p.without(),
                            p.with(), p.written());
                    if (f.isPresent()) {
                        FsOperation op = recoveryOps.get(j);
                        Finding g = f.get();
                        Finding during = new Finding(g.requirement(), g.problem() + " (after a second crash, during recovery)",
                                g.byteDiff(), g.cause());
                        return new CrashFailure(during, ops, p, first, crashSeed, 0, 0, wseed, again.faultLog().toString(),
                                new CrashFailure.SecondCrash(op.index(), op.kind() + " " + op.path(), RECOVERY_MODELS.get(k), seed2));
                    }
                }
            }
        }
        return null;
    }

    /** Every crash state of every operation of one run of {@code ops}; the first rejected state, or null. */
    private CrashFailure enumerate(List<CrashOp> ops, long fsSeed) throws WorkloadRun.WorkloadFailed {
        FaultyFileSystem fs = FaultyFileSystem.builder().seed(fsSeed).build();
        try {
            Path dir = CrashSuite.durableDirectory(fs);
            List<CrashPoint> points = WorkloadRun.run(factory, ops, fs, dir, op -> true);
            CrashFailure[] found = new CrashFailure[1];
            for (CrashPoint p : points) {
                for (CrashModel model : EXHAUSTIVE_MODELS) {
                    int[] state = {0};
                    try {
                        p.image().forEachCrashState(model, maxStates, after -> {
                            state[0]++;
                            exhaustiveStates++;
                            Optional<Finding> f = CrashOracle.check(factory, after.getPath(CrashSuite.DIRECTORY),
                                    p.without(), p.with(), p.written());
                            if (f.isPresent()) {
                                found[0] = new CrashFailure(f.get(), ops, p, model, -1, state[0], maxStates, fsSeed,
                                        after.faultLog().toString(), null);
                                throw new Stop();
                            }
                        });
                    } catch (Stop s) {
                        return found[0];
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("crash-state enumeration failed", e);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the kit's fault-injecting file system", e);
        } finally {
            fs.close();
        }
    }

    /**
     * Drops calls (the ones after the crash point first, then one at a time) while the same rule
     * still fails under some crash model (dropping a call shifts the crash seeds, so the model
     * that fails first may change).
     */
    private CrashFailure shrink(CrashFailure first, long wseed) {
        Requirement rule = first.finding().requirement();
        List<CrashModel> model = new ArrayList<>(List.of(first.model()));
        RANDOM_MODELS.stream().filter(m -> !m.equals(first.model())).forEach(model::add);
        List<CrashOp> best = new ArrayList<>(first.ops().subList(0, Math.min(first.ops().size(), first.point().step() + 1)));
        CrashFailure bestFailure = reproduce(best, wseed, model, rule);
        if (bestFailure == null) {
            return first;
        }
        int runs = 0;
        boolean progress = true;
        while (progress && runs < MAX_SHRINK_RUNS) {
            progress = false;
            for (int i = best.size() - 1; i >= 0 && runs < MAX_SHRINK_RUNS; i--) {
                if (best.size() == 1) {
                    break;
                }
                List<CrashOp> candidate = new ArrayList<>(best);
                candidate.remove(i);
                runs++;
                CrashFailure f = reproduce(candidate, wseed, model, rule);
                if (f != null) {
                    best = new ArrayList<>(candidate.subList(0, Math.min(candidate.size(), f.point().step() + 1)));
                    bestFailure = f;
                    progress = true;
                }
            }
        }
        return bestFailure;
    }

    private CrashFailure reproduce(List<CrashOp> ops, long wseed, List<CrashModel> models, Requirement rule) {
        try {
            CrashFailure f = seeded(ops, wseed, models, false);
            return f != null && f.finding().requirement() == rule ? f : null;
        } catch (WorkloadRun.WorkloadFailed e) {
            return null;
        }
    }

    private CrashViolation violation(CrashFailure f, String mode, String replay) {
        CrashPoint p = f.point();
        String when = p.inFlight()
                ? (p.step() < 0 ? "while the store was being opened" : "during call " + (p.step() + 1) + " (" + f.ops().get(p.step()) + ")")
                : "with no call in flight";
        String problem = f.finding().problem() + "\n  found by: " + mode + "\n  crash point: after file-system operation #"
                + p.operation() + " (" + p.what() + "), " + when
                + (f.crashSeed() < 0 ? "; crash state #" + f.state() + " of the enumeration" : "")
                + (f.second() == null ? "" : "\n  second crash: during the store's recovery from the first, after its operation #"
                        + f.second().operation() + " (" + f.second().what() + "), " + CrashFailure.modelJava(f.second().model())
                        + ", seed " + f.second().seed());
        long seed = f.crashSeed() >= 0 ? f.crashSeed() : f.fsSeed();
        return new CrashViolation(f.finding().requirement(), problem, f.javaCode(), f.callCount(), replay,
                f.finding().cause(), CrashFailure.modelJava(f.model()), seed, f.faultLog(), f.finding().byteDiff());
    }

    static long mix(long seed, long n) {
        long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String knob(String property, String env) {
        String v = System.getProperty(property);
        return v != null && !v.isBlank() ? v : System.getenv(env) != null && !System.getenv(env).isBlank() ? System.getenv(env) : null;
    }
}
