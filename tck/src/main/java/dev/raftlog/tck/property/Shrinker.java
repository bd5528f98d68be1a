package dev.raftlog.tck.property;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes a failing choice sequence smaller while it keeps failing the same way.
 *
 * <p>"Smaller" is shortlex: fewer choices first, then lexicographically smaller. Passes edit
 * the sequence: delete spans, zero spans, lower single values by binary search, lower equal
 * values together, move value from one choice to a later one, borrow from a choice into the
 * next, swap pairs into order. Each edited candidate is replayed, and when it fails with the
 * same kind of failure, what it actually drew becomes the new best. Passes repeat until none
 * helps or the run budget is spent. Every accepted candidate is strictly shortlex-smaller, so
 * shrinking always terminates.
 */
final class Shrinker<R> {

    private static final int[] SPAN_SIZES = {8, 4, 2, 1};
    /** How far apart two choices may be for the pair passes; keeps them linear in length. */
    private static final int PAIR_WINDOW = 8;

    private final Trial<R> trial;
    private final Throwable original;
    private final int maxRuns;
    private final int maxChoices;
    private final int choicesBefore;
    private final Set<Key> tried = new HashSet<>();

    private long[] best;
    private TrialResult<R> bestResult;
    private int runs;
    private int accepted;
    private boolean limitReached;

    Shrinker(Trial<R> trial, long[] failingChoices, TrialResult<R> failingResult, int maxRuns, int maxChoices) {
        this.trial = trial;
        this.original = failingResult.failure();
        this.best = failingChoices;
        this.bestResult = failingResult;
        this.maxRuns = maxRuns;
        this.maxChoices = maxChoices;
        this.choicesBefore = failingChoices.length;
    }

    /** Shrinks to a fixpoint or the run limit. */
    void shrink() {
        while (!limitReached) {
            long[] start = best;
            deleteSpans();
            zeroSpans();
            lowerEach();
            if (best != start) {
                continue; // the cheap passes still help; the costly ones can wait
            }
            lowerDuplicates();
            moveValueRight();
            borrow();
            swapPairs();
            if (best == start) {
                return;
            }
        }
    }

    long[] best() {
        return best;
    }

    TrialResult<R> bestResult() {
        return bestResult;
    }

    ShrinkStatistics statistics() {
        return new ShrinkStatistics(runs, accepted, choicesBefore, best.length, limitReached);
    }

    /** Same failure: same exception class, except that any assertion failure matches any other. */
    static boolean sameFailure(Throwable expected, Throwable actual) {
        if (expected instanceof AssertionError && actual instanceof AssertionError) {
            return true;
        }
        return expected.getClass() == actual.getClass();
    }

    private void deleteSpans() {
        for (int size : SPAN_SIZES) {
            for (int i = 0; i + size <= best.length && !limitReached; ) {
                long[] c = new long[best.length - size];
                System.arraycopy(best, 0, c, 0, i);
                System.arraycopy(best, i + size, c, i, best.length - i - size);
                if (!consider(c)) {
                    i++;
                }
            }
        }
    }

    private void zeroSpans() {
        for (int size : SPAN_SIZES) {
            for (int i = 0; i + size <= best.length && !limitReached; i++) {
                long[] c = best.clone();
                boolean changed = false;
                for (int j = i; j < i + size; j++) {
                    changed |= c[j] != 0;
                    c[j] = 0;
                }
                if (changed) {
                    consider(c);
                }
            }
        }
    }

    private void lowerEach() {
        for (int i = 0; i < best.length && !limitReached; i++) {
            lowerTogether(new int[] {i});
        }
    }

    private void lowerDuplicates() {
        Map<Long, int[]> positions = new LinkedHashMap<>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] > 0) {
                int[] old = positions.getOrDefault(best[i], new int[0]);
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = i;
                positions.put(best[i], grown);
            }
        }
        for (int[] group : positions.values()) {
            if (group.length > 1 && !limitReached) {
                long[] start = best;
                lowerTogether(group);
                if (best == start && group.length > 2) {
                    lowerNearbyPairs(group);
                }
            }
        }
    }

    /**
     * When a whole group of equal values cannot be lowered (say, the 1s of two equal list
     * elements among "more?" flags that are 1 too), lowers nearby pairs of it instead.
     */
    private void lowerNearbyPairs(int[] group) {
        long[] base = best;
        for (int a = 0; a < group.length && best == base && !limitReached; a++) {
            for (int b = a + 1; b < group.length && group[b] - group[a] <= PAIR_WINDOW && best == base
                    && !limitReached; b++) {
                lowerTogether(new int[] {group[a], group[b]});
            }
        }
    }

    /** Binary search for the smallest value the choices at {@code indexes} can share. */
    private void lowerTogether(int[] indexes) {
        long[] base = best;
        long value = base[indexes[0]];
        if (value == 0 || indexes[indexes.length - 1] >= base.length) {
            return;
        }
        if (consider(withValue(base, indexes, 0))) {
            return;
        }
        long lo = 0; // known not to fail (or not smaller)
        long hi = value; // known to fail
        while (hi - lo > 1 && !limitReached) {
            long mid = lo + (hi - lo) / 2;
            if (consider(withValue(base, indexes, mid))) {
                if (best.length != base.length || best[indexes[0]] != mid) {
                    return; // the accepted case drew differently; later passes take it from here
                }
                base = best;
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private static long[] withValue(long[] base, int[] indexes, long value) {
        long[] c = base.clone();
        for (int i : indexes) {
            c[i] = value;
        }
        return c;
    }

    /** Moves all of choice i into a later choice j, e.g. two list elements into one. */
    private void moveValueRight() {
        for (int i = 0; i < best.length && !limitReached; i++) {
            for (int j = i + 1; j < Math.min(best.length, i + 1 + PAIR_WINDOW) && !limitReached; j++) {
                if (best[i] == 0 || best[j] > Long.MAX_VALUE - best[i]) {
                    continue;
                }
                long[] c = best.clone();
                c[j] += c[i];
                c[i] = 0;
                consider(c);
            }
        }
    }

    /**
     * Lowers a choice by one and raises the next one or two to their maximum, like borrowing
     * in subtraction: {@code [1, 0]} becomes {@code [0, max]}. Needed where two choices form one
     * number, such as a long drawn from a range wider than {@code Long.MAX_VALUE}.
     */
    private void borrow() {
        for (int i = 0; i < best.length && !limitReached; i++) {
            for (int j = i + 1; j < Math.min(best.length, i + 3) && !limitReached; j++) {
                if (best[i] == 0) {
                    continue;
                }
                long[] c = best.clone();
                c[i]--;
                c[j] = Long.MAX_VALUE; // replay clamps it to that choice's maximum
                consider(c);
            }
        }
    }

    private void swapPairs() {
        for (int i = 0; i < best.length && !limitReached; i++) {
            for (int j = i + 1; j < Math.min(best.length, i + 1 + PAIR_WINDOW) && !limitReached; j++) {
                if (best[i] > best[j]) {
                    long[] c = best.clone();
                    c[i] = best[j];
                    c[j] = best[i];
                    consider(c);
                }
            }
        }
    }

    /** Runs {@code candidate} if it is new and smaller; keeps it if it fails the same way. */
    private boolean consider(long[] candidate) {
        if (compare(candidate, best) >= 0 || !tried.add(new Key(candidate))) {
            return false;
        }
        if (runs >= maxRuns) {
            limitReached = true;
            return false;
        }
        runs++;
        ChoiceSource source = ChoiceSource.replay(candidate, maxChoices);
        TrialResult<R> result = trial.run(source);
        if (!result.isFailed() || source.overran() || !sameFailure(original, result.failure())) {
            return false;
        }
        long[] drawn = source.recorded();
        if (compare(drawn, best) >= 0) {
            return false;
        }
        best = drawn;
        bestResult = result;
        accepted++;
        return true;
    }

    /** Shortlex order: shorter first, then lexicographic. */
    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    /** A choice sequence as a set element. */
    private static final class Key {
        private final long[] choices;
        private final int hash;

        Key(long[] choices) {
            this.choices = choices;
            this.hash = Arrays.hashCode(choices);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Arrays.equals(choices, ((Key) o).choices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
