package dev.raftlog.tck.crash;

import static dev.raftlog.tck.catalogue.Requirement.CRASH_CORRUPTION_REPORTED;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.decorators.fs.CrashImage;
import dev.raftlog.decorators.fs.CrashModel;
import dev.raftlog.decorators.fs.Corruption;
import dev.raftlog.decorators.fs.FaultyFileSystem;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.property.PropertySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * LS-CRASH-05, CORDS-style: append a few acknowledged batches, close the store, then put exactly
 * one fault (a flipped bit, a zeroed or a garbage sector) into bytes that were durable before the
 * last acknowledged batch was written, so later acknowledged data follows the damage and it
 * cannot be mistaken for a torn tail. The reopened store must throw an IOException that is not
 * LogNotFoundException, at open or when reading a damaged entry, or return every entry intact
 * (the damage hit dead bytes); it must never return other bytes or report an entry missing.
 */
final class CorruptionCheck {
    static final int DEFAULT_WORKLOADS = 6;
    static final int FAULTS_PER_WORKLOAD = 12;

    private CorruptionCheck() {
    }

    static void run(StoreFactory factory) {
        PropertySettings settings = PropertySettings.fromEnvironment(DEFAULT_WORKLOADS);
        for (int w = 0; w < settings.tries(); w++) {
            long seed = CrashCampaign.mix(settings.seed(), w);
            try {
                workload(factory, seed, "Replay: -Draftlog.seed=" + settings.seed() + " repeats the same faults (workload "
                        + (w + 1) + ", workload seed " + seed + ")");
            } catch (IOException e) {
                throw new IllegalStateException("the store failed with no fault injected (corruption workload, seed "
                        + seed + "): " + e + "; " + CrashSuite.OPT_OUT_HINT, e);
            }
        }
    }

    private static void workload(StoreFactory factory, long seed, String replay) throws IOException {
        Random r = new Random(seed);
        List<CrashOp> ops = new ArrayList<>();
        LogState acked = LogState.EMPTY;
        Map<String, Long> guarded = Map.of();
        CrashImage image;
        try (FaultyFileSystem fs = FaultyFileSystem.builder().seed(seed).build()) {
            Path dir = CrashSuite.durableDirectory(fs);
            LogStore store = factory.reopen(dir);
            try {
                int batches = 3 + r.nextInt(3);
                long next = 1;
                for (int b = 0; b < batches; b++) {
                    if (b == batches - 1) {
                        guarded = sizes(dir);
                    } else if (b > 0 && r.nextInt(4) == 0) {
                        store.close();
                        store = factory.reopen(dir);
                        ops.add(new CrashOp.Reopen());
                    }
                    int n = 1 + r.nextInt(3);
                    List<Log> batch = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        batch.add(CrashOp.Append.entry(next++, 1, 100 + r.nextInt(600)));
                    }
                    CrashOp op = new CrashOp.Append(batch);
                    store.storeLogs(batch);
                    ops.add(op);
                    acked = acked.apply(op);
                }
            } finally {
                store.close();
            }
            image = fs.crashImage();
        }
        // Without any fault the store must show what it acknowledged; otherwise this check cannot tell damage from a crash bug.
        Map<Long, List<Log>> written = new TreeMap<>();
        acked.entries().forEach((i, l) -> written.put(i, List.of(l)));
        try (FaultyFileSystem copy = image.crash(CrashModel.LOSE_ALL_UNSYNCED, seed)) {
            Optional<Finding> plain = CrashOracle.check(factory, copy.getPath(CrashSuite.DIRECTORY), acked, acked, written);
            if (plain.isPresent()) {
                throw new TestAbortedException("not decided: after a clean close the store already fails to show what it "
                        + "acknowledged, with no fault injected (" + plain.get().problem() + "); see the LS-CRASH rules");
            }
        }
        List<String> files = new ArrayList<>(guarded.keySet());
        long total = guarded.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        for (int t = 0; t < FAULTS_PER_WORKLOAD; t++) {
            long pick = (long) (r.nextDouble() * total);
            String file = files.get(0);
            for (String f : files) {
                if (pick < guarded.get(f)) {
                    file = f;
                    break;
                }
                pick -= guarded.get(f);
            }
            long size = guarded.get(file);
            if (size == 0) {
                continue;
            }
            int kind = size >= 512 ? r.nextInt(3) : 0;
            Corruption c = kind == 0 ? Corruption.bitFlip(r.nextInt(8)) : kind == 1 ? Corruption.zeroSector()
                    : Corruption.garbageSector(r.nextLong() & Long.MAX_VALUE);
            // a sector fault must stay inside the guarded bytes, or it would also damage the last batch
            long offset = kind == 0 ? (long) (r.nextDouble() * size) : (long) (r.nextDouble() * (size / 512)) * 512;
            try (FaultyFileSystem copy = image.crash(CrashModel.LOSE_ALL_UNSYNCED, seed)) {
                copy.corrupt(copy.getPath(file), offset, c);
                CorruptionVerdict.check(factory, copy, acked, ops, seed, file, offset, c, replay);
            }
        }
    }

    /** Sizes of the regular files under {@code dir}, by absolute path. */
    private static Map<String, Long> sizes(Path dir) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                sizes.put(p.toString(), Files.size(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** Reads the damaged store; returns normally when the damage was reported or harmless. */
    static final class CorruptionVerdict {
        private CorruptionVerdict() {
        }

        static void check(StoreFactory factory, FaultyFileSystem fs, LogState acked, List<CrashOp> ops, long seed,
                String file, long offset, Corruption c, String replay) {
            LogStore store;
            try {
                store = factory.reopen(fs.getPath(CrashSuite.DIRECTORY));
            } catch (LogNotFoundException e) {
                throw fail(fs, acked, ops, seed, replay, file, offset, c, "opening the damaged store threw LogNotFoundException, "
                        + "which says 'compacted', not 'damaged'", "open threw " + e, e);
            } catch (IOException e) {
                return; // reported at open: fine
            } catch (RuntimeException e) {
                throw fail(fs, acked, ops, seed, replay, file, offset, c, "opening the damaged store threw " + e.getClass().getName()
                        + ", not an IOException", "open threw " + e, e);
            }
            try {
                boolean reported = false;
                List<String> rows = new ArrayList<>();
                String problem = null;
                Throwable cause = null;
                for (Log expected : acked.entries().values()) {
                    long i = expected.index();
                    try {
                        Log got = store.getLog(i);
                        if (!expected.equals(got)) {
                            problem = problem != null ? problem : "getLog(" + i + ") returned damaged data as an entry";
                            rows.add("  index " + i + ": acknowledged " + EntryText.of(expected) + " | recovered "
                                    + EntryText.recovered(got, expected) + "   <- WRONG");
                        }
                    } catch (LogNotFoundException e) {
                        problem = problem != null ? problem : "acknowledged entry " + i
                                + " was silently dropped (getLog threw LogNotFoundException)";
                        rows.add("  index " + i + ": acknowledged " + EntryText.of(expected) + " | recovered not found   <- WRONG");
                    } catch (IOException e) {
                        reported = true;
                        rows.add("  index " + i + ": acknowledged " + EntryText.of(expected) + " | reported: " + e);
                    } catch (RuntimeException e) {
                        problem = problem != null ? problem : "getLog(" + i + ") threw " + e.getClass().getName()
                                + ", not an IOException";
                        cause = e;
                        rows.add("  index " + i + ": acknowledged " + EntryText.of(expected) + " | threw " + e + "   <- WRONG");
                    }
                }
                if (problem == null && !reported) {
                    try {
                        if (store.firstIndex() != acked.first() || store.lastIndex() != acked.last()) {
                            problem = "the bounds changed although every entry reads back intact";
                            rows.add(0, "  bounds: acknowledged [" + acked.first() + ", " + acked.last() + "] | recovered ["
                                    + store.firstIndex() + ", " + store.lastIndex() + "]   <- WRONG");
                        }
                    } catch (IOException e) {
                        // reported
                    }
                }
                if (problem != null) {
                    throw fail(fs, acked, ops, seed, replay, file, offset, c, problem, String.join("\n", rows), cause);
                }
            } finally {
                try {
                    store.close();
                } catch (Exception e) {
                    // not part of the verdict
                }
            }
        }

        private static CrashViolation fail(FaultyFileSystem fs, LogState acked, List<CrashOp> ops, long seed, String replay, String file,
                long offset, Corruption c, String problem, String diff, Throwable cause) {
            StringBuilder java = new StringBuilder();
            java.append("FaultyFileSystem fs = FaultyFileSystem.builder().seed(").append(seed).append("L).build();\n");
            java.append("Path dir = CrashSuite.durableDirectory(fs);\n");
            java.append("LogStore store = newStore(dir);\n");
            ops.forEach(op -> java.append(op.toJava()).append('\n'));
            java.append("store.close();\n");
            java.append("fs.corrupt(fs.getPath(\"").append(file).append("\"), ").append(offset).append(", ")
                    .append(javaOf(c)).append(");   // one fault in bytes durable before the last acknowledged batch\n");
            java.append("store = newStore(dir);   // FAILS: ").append(problem);
            return new CrashViolation(CRASH_CORRUPTION_REPORTED, problem + "\n  fault: " + c + " at " + file + " offset "
                    + offset + " (acknowledged: " + acked + ")", java.toString(), ops.size() + 3,
                    replay, cause,
                    "single fault: " + c + " at " + file + " offset " + offset, seed, fs.faultLog().toString(), diff);
        }

        private static String javaOf(Corruption c) {
            String s = c.toString();
            return switch (c.kind()) {
                case BIT_FLIP -> "Corruption.bitFlip(" + s.substring(s.lastIndexOf(' ') + 1) + ")";
                case ZERO_SECTOR -> "Corruption.zeroSector()";
                case GARBAGE_SECTOR -> "Corruption.garbageSector(" + s.replaceAll("\\D+", " ").strip() + "L)";
            };
        }
    }
}
