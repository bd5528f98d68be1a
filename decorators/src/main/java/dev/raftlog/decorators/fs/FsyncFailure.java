package dev.raftlog.decorators.fs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule that makes file {@code force()} calls fail. Immutable. A rule applies to the forces of
 * files whose absolute path matches its regular expression (all files by default) and fires on
 * the n-th of those (counting from 1, failed ones included) or on each with a probability drawn
 * from the file system's seed, and
 * then behaves with the given {@link FsyncSemantics} (Linux by default).
 *
 * <pre>{@code
 * FsyncFailure.onNth(3).onPaths(".*\\.wal").semantics(FsyncSemantics.FAIL_ALWAYS)
 * }</pre>
 */
public final class FsyncFailure {

    private final long nth;
    private final double probability;
    private final Pattern paths;
    private final FsyncSemantics semantics;

    private FsyncFailure(long nth, double probability, Pattern paths, FsyncSemantics semantics) {
        this.nth = nth;
        this.probability = probability;
        this.paths = paths;
        this.semantics = semantics;
    }

    /** Fails the n-th file force the rule applies to (1-based). */
    public static FsyncFailure onNth(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("fsync failure ordinal must be >= 1, was " + n);
        }
        return new FsyncFailure(n, 0, null, FsyncSemantics.LINUX);
    }

    /** Fails each file force with the given probability, drawn from the file system's seed. */
    public static FsyncFailure withProbability(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("fsync failure probability must be in (0, 1], was " + p);
        }
        return new FsyncFailure(0, p, null, FsyncSemantics.LINUX);
    }

    /** The same rule, only for files whose absolute path matches the regular expression. */
    public FsyncFailure onPaths(String regex) {
        return new FsyncFailure(nth, probability, Pattern.compile(Objects.requireNonNull(regex, "regex")), semantics);
    }

    /** The same rule with the given semantics after the failure. */
    public FsyncFailure semantics(FsyncSemantics s) {
        return new FsyncFailure(nth, probability, paths, Objects.requireNonNull(s, "semantics"));
    }

    public FsyncSemantics semantics() {
        return semantics;
    }

    /** Whether forces of {@code path} are subject to this rule. */
    boolean matches(String path) {
        return paths == null || paths.matcher(path).matches();
    }

    /** Whether this rule fails the {@code ordinal}-th matching force; {@code draw} is a seeded uniform in [0,1). */
    boolean fires(long ordinal, double draw) {
        return nth > 0 ? ordinal == nth : draw < probability;
    }

    boolean isProbabilistic() {
        return nth == 0;
    }

    @Override
    public String toString() {
        return "FsyncFailure[" + (nth > 0 ? "nth=" + nth : "p=" + probability)
                + (paths == null ? "" : ", paths=" + paths) + ", " + semantics + "]";
    }
}
