package dev.raftlog.tck.crash;

import static dev.raftlog.tck.catalogue.Requirement.CRASH_ACKNOWLEDGED_SURVIVE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_DELETE_NOT_UNDONE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_IN_FLIGHT_ATOMIC;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_NOTHING_INVENTED;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reopens a store on a post-crash file system and compares what it shows with what the oracle
 * allows (see the package documentation): the acknowledged state, or the acknowledged state with
 * the in-flight call wholly applied. Reads the bounds and every index ever written, every index
 * the allowed states hold, and every index between the recovered bounds (up to 10,000).
 */
final class CrashOracle {
    private static final long SCAN_LIMIT = 10_000;
    /** Rows of the byte diff shown; the rest are counted. */
    private static final int MAX_ROWS = 40;

    private CrashOracle() {
    }

    /** A problem seen at one index or in the bounds. */
    private record Problem(Requirement requirement, String line) {
    }

    static Optional<Finding> check(StoreFactory factory, Path dir, LogState without, LogState with,
            Map<Long, List<Log>> written) {
        LogStore store;
        try {
            store = factory.reopen(dir);
        } catch (Exception | Error e) {
            return Optional.of(new Finding(CRASH_ACKNOWLEDGED_SURVIVE, "reopening the store after the crash threw " + e,
                    "  acknowledged: " + without + (with.equals(without) ? "" : "; with the in-flight call: " + with)
                            + "\n  recovered: the store did not open", e));
        }
        try {
            return compare(store, without, with, written);
        } finally {
            try {
                store.close();
            } catch (Exception e) {
                // closing is not part of the verdict
            }
        }
    }

    private static Optional<Finding> compare(LogStore store, LogState without, LogState with, Map<Long, List<Log>> written) {
        long first;
        long last;
        try {
            first = store.firstIndex();
            last = store.lastIndex();
        } catch (Exception e) {
            return Optional.of(new Finding(CRASH_ACKNOWLEDGED_SURVIVE, "firstIndex()/lastIndex() threw after the crash: " + e,
                    "", e));
        }
        TreeSet<Long> indexes = new TreeSet<>(written.keySet());
        indexes.addAll(without.entries().keySet());
        indexes.addAll(with.entries().keySet());
        if (first > 0) {
            indexes.add(first);
        }
        if (last > 0) {
            indexes.add(last);
        }
        if (first > 0 && last >= first && last - first <= SCAN_LIMIT) {
            for (long i = first; i <= last; i++) {
                indexes.add(i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<Long> likeBefore = new ArrayList<>();
        List<Long> likeAfter = new ArrayList<>();
        boolean matchesWithout = true;
        boolean matchesWith = true;
        Throwable cause = null;
        for (long i : indexes) {
            Object got = read(store, i);
            Log a = without.get(i);
            Log b = with.get(i);
            Log g = got instanceof Log l ? l : null;
            String row = null;
            if (got instanceof Throwable t) {
                cause = cause == null ? t : cause;
                problems.add(new Problem(CRASH_ACKNOWLEDGED_SURVIVE, "getLog(" + i + ") threw " + t));
                row = "x";
                matchesWithout = matchesWith = false;
            } else if (g != null && !written.getOrDefault(i, List.of()).contains(g)) {
                problems.add(new Problem(CRASH_NOTHING_INVENTED, "getLog(" + i + ") returned an entry that was never written"));
                row = "x";
                matchesWithout = matchesWith = false;
            } else if (Objects.equals(a, b)) {
                if (!Objects.equals(g, a)) {
                    if (a != null) {
                        problems.add(new Problem(CRASH_ACKNOWLEDGED_SURVIVE, "acknowledged entry " + i
                                + (g == null ? " is gone" : " came back as an older version")));
                    } else {
                        problems.add(new Problem(CRASH_DELETE_NOT_UNDONE, "entry " + i
                                + ", deleted by an acknowledged call, came back"));
                    }
                    row = "x";
                    matchesWithout = matchesWith = false;
                }
            } else {
                boolean isA = Objects.equals(g, a);
                boolean isB = Objects.equals(g, b);
                matchesWithout &= isA;
                matchesWith &= isB;
                if (isA && !isB) {
                    likeBefore.add(i);
                } else if (isB && !isA) {
                    likeAfter.add(i);
                } else if (!isA) {
                    problems.add(new Problem(CRASH_IN_FLIGHT_ATOMIC, "entry " + i
                            + " is neither what it was before the in-flight call nor what that call wrote"));
                }
                row = isA ? "as before the in-flight call" : isB ? "as after the in-flight call" : "x";
            }
            if (row != null) {
                rows.add("  index " + i + ": acknowledged " + EntryText.of(a)
                        + (Objects.equals(a, b) ? "" : " | in-flight call makes it " + EntryText.of(b))
                        + " | recovered " + EntryText.recovered(got, a != null ? a : b)
                        + (row.equals("x") ? "   <- WRONG" : "   (" + row + ")"));
            }
        }
        if (problems.isEmpty() && !likeBefore.isEmpty() && !likeAfter.isEmpty()) {
            problems.add(new Problem(CRASH_IN_FLIGHT_ATOMIC, "the in-flight call is half applied: indexes " + likeAfter
                    + " as after it, " + likeBefore + " as before it"));
        }
        boolean boundsOk = (matchesWithout && first == without.first() && last == without.last())
                || (matchesWith && first == with.first() && last == with.last());
        boolean boundsPlausible = (first == without.first() && last == without.last())
                || (first == with.first() && last == with.last());
        String bounds = "  bounds: acknowledged [" + without.first() + ", " + without.last() + "]"
                + (with.equals(without) ? "" : " | in-flight call makes them [" + with.first() + ", " + with.last() + "]")
                + " | recovered [" + first + ", " + last + "]" + (boundsPlausible ? "" : "   <- WRONG");
        if (problems.isEmpty() && !boundsOk) {
            problems.add(new Problem(CRASH_NOTHING_INVENTED, "the bounds [" + first + ", " + last
                    + "] do not match the entries the store holds"));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Problem worst = problems.stream().min((x, y) -> Integer.compare(rank(x), rank(y))).orElseThrow();
        if (rows.size() > MAX_ROWS) {
            int more = rows.size() - MAX_ROWS;
            rows = new ArrayList<>(rows.subList(0, MAX_ROWS));
            rows.add("  … " + more + " more indexes");
        }
        String diff = bounds + "\n" + String.join("\n", rows);
        return Optional.of(new Finding(worst.requirement(), worst.line()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""), diff, cause));
    }

    /** Invented data first (it explains the rest), then loss, resurrection, half-applied calls. */
    private static int rank(Problem p) {
        return switch (p.requirement()) {
            case CRASH_NOTHING_INVENTED -> 0;
            case CRASH_ACKNOWLEDGED_SURVIVE -> 1;
            case CRASH_DELETE_NOT_UNDONE -> 2;
            default -> 3;
        };
    }

    /** The entry, null for not-found, or the exception. */
    private static Object read(LogStore store, long index) {
        try {
            return store.getLog(index);
        } catch (LogNotFoundException e) {
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
