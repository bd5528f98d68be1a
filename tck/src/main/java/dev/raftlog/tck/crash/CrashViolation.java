package dev.raftlog.tck.crash;

import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.catalogue.Requirement;

/**
 * A store broke a crash or durability rule. Besides what every violation carries (the rule, the
 * calls as Java, replay information), it carries the crash model, the seed, the file system's
 * fault log (what the crash kept, tore and lost) and a byte-level diff between what was
 * acknowledged and what the store recovered. Reports attach {@link #faultLog()} and
 * {@link #byteDiff()} as separate files.
 */
public final class CrashViolation extends RequirementViolation {
    private static final long serialVersionUID = 1L;

    private final String crashModel;
    private final long seed;
    private final String faultLog;
    private final String byteDiff;

    CrashViolation(Requirement requirement, String problem, String javaCode, int callCount, String replay,
            Throwable cause, String crashModel, long seed, String faultLog, String byteDiff) {
        super(requirement, problem + "\n  crash model: " + crashModel + ", seed " + seed
                + "\n  acknowledged vs recovered:\n" + indent(byteDiff) + "\n  fault log:\n" + indent(clip(faultLog)),
                null, null, javaCode, callCount, replay, cause);
        this.crashModel = crashModel;
        this.seed = seed;
        this.faultLog = faultLog;
        this.byteDiff = byteDiff;
    }

    /** The crash model (or fault) under which the store failed, e.g. {@code CrashModel.TORN}. */
    public String crashModel() {
        return crashModel;
    }

    /** The seed of the failing run (file system and crash decisions derive from it). */
    public long seed() {
        return seed;
    }

    /** Every fault decision of the failing crash: which writes were kept, torn or lost, which files vanished. */
    public String faultLog() {
        return faultLog;
    }

    /** Per index: the acknowledged entry, what the in-flight call would make it, and what was recovered. */
    public String byteDiff() {
        return byteDiff;
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n… (" + (s.length() - 4000) + " more characters; see faultLog())";
    }

    private static String indent(String s) {
        return s.isBlank() ? "    (nothing)" : s.lines().map(l -> l.startsWith("  ") ? "  " + l : "    " + l)
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
