package dev.raftlog.tck.crash;

import dev.raftlog.decorators.fs.CrashModel;
import dev.raftlog.decorators.fs.TornFill;
import java.util.List;

/**
 * One crash state the oracle rejected, with everything needed to show and replay it.
 *
 * @param finding   what is wrong
 * @param ops       the workload (only the calls up to the crash point matter)
 * @param point     where the disk was captured
 * @param model     the crash model
 * @param crashSeed the seed of the crash decisions, or -1 for a state found by enumeration
 * @param state     the state's number in the enumeration (1-based), or 0 for a seeded crash
 * @param maxStates the enumeration bound used, or 0 for a seeded crash
 * @param fsSeed    the file system's seed
 * @param faultLog  the crashed file system's fault log: what the crash kept, tore and lost
 * @param second    a second crash during the store's recovery from the first one, or null
 */
record CrashFailure(Finding finding, List<CrashOp> ops, CrashPoint point, CrashModel model, long crashSeed, int state,
        int maxStates, long fsSeed, String faultLog, SecondCrash second) {

    /**
     * A crash while the store recovered from the first crash (the reopen after it).
     *
     * @param operation the recovering file system's operation after which it crashed
     * @param what      that operation
     * @param model     the second crash's model
     * @param seed      its seed
     */
    record SecondCrash(long operation, String what, CrashModel model, long seed) {
    }

    /** The workload up to the crash point, then the crash and the reopen, as Java. */
    String javaCode() {
        StringBuilder s = new StringBuilder();
        s.append("FaultyFileSystem fs = FaultyFileSystem.builder().seed(").append(fsSeed).append("L).build();\n");
        s.append("Path dir = CrashSuite.durableDirectory(fs);   // ").append(CrashSuite.DIRECTORY)
                .append(", durable in its parent directories\n");
        if (point.step() < ops.size()) {
            s.append("CrashImage[] image = new CrashImage[1];\n");
            s.append("fs.onOperation(op -> { if (op.index() == ").append(point.operation())
                    .append(") image[0] = fs.crashImage(); });   // crash point: after ").append(point.what()).append('\n');
        }
        s.append("LogStore store = newStore(dir);").append(point.step() == -1 ? "   // in flight at the crash point" : "").append('\n');
        int until = Math.min(point.step(), ops.size() - 1);
        for (int i = 0; i <= until; i++) {
            s.append(ops.get(i).toJava());
            if (i == point.step()) {
                s.append("   // in flight at the crash point");
            }
            s.append('\n');
        }
        String image = point.step() < ops.size() ? "image[0]" : "fs.crashImage()";
        String recovered = "LogStore recovered = newStore(after.getPath(\"" + CrashSuite.DIRECTORY + "\"));   // FAILS: " + finding.problem();
        if (second != null) {
            s.append("FaultyFileSystem after = ").append(image).append(".crash(").append(modelJava(model)).append(", ")
                    .append(crashSeed).append("L);\n");
            s.append("CrashImage[] again = new CrashImage[1];\n");
            s.append("after.onOperation(op -> { if (op.index() == ").append(second.operation())
                    .append(") again[0] = after.crashImage(); });   // during recovery: after ").append(second.what()).append('\n');
            s.append("newStore(after.getPath(\"").append(CrashSuite.DIRECTORY).append("\")).close();   // recovery, crashed part-way\n");
            s.append("FaultyFileSystem afterSecondCrash = again[0].crash(").append(modelJava(second.model())).append(", ")
                    .append(second.seed()).append("L);\n");
            s.append("LogStore recovered = newStore(afterSecondCrash.getPath(\"").append(CrashSuite.DIRECTORY)
                    .append("\"));   // FAILS: ").append(finding.problem());
        } else if (crashSeed >= 0) {
            s.append("FaultyFileSystem after = ").append(image).append(".crash(").append(modelJava(model)).append(", ")
                    .append(crashSeed).append("L);\n");
            s.append(recovered);
        } else {
            s.append(image).append(".forEachCrashState(").append(modelJava(model)).append(", ").append(maxStates)
                    .append(", after -> {   // state #").append(state).append(" of the enumeration\n");
            s.append("    ").append(recovered).append("\n});");
        }
        return s.toString();
    }

    int callCount() {
        return Math.min(point.step(), ops.size() - 1) + 3;
    }

    /** A preset's Java name, e.g. {@code CrashModel.TORN.withTornFill(TornFill.ZEROS)}, else its description. */
    static String modelJava(CrashModel m) {
        for (String name : List.of("LOSE_ALL_UNSYNCED", "PROCESS_CRASH", "KEEP_RANDOM_PREFIX", "TORN", "REORDER",
                "LOSE_UNSYNCED_DIR_OPS")) {
            try {
                CrashModel preset = (CrashModel) CrashModel.class.getField(name).get(null);
                for (TornFill fill : TornFill.values()) {
                    if (preset.withTornFill(fill).equals(m)) {
                        return "CrashModel." + name + (fill == preset.tornFill() ? "" : ".withTornFill(TornFill." + fill + ")");
                    }
                }
            } catch (ReflectiveOperationException e) {
                // not a preset of this version of the file system
            }
        }
        return m.toString();
    }
}
