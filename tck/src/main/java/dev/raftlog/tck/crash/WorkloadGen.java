package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes crash workloads: random ones (appends, prefix/suffix/middle deletes, reopens) and every
 * workload of up to a few steps from a small alphabet (the bounded exhaustive mode). Every call
 * is valid for the profile (appends continue at lastIndex() + 1, monotonic stores get no middle
 * deletes), and every version of an index has its own term, so the oracle can tell versions apart.
 */
final class WorkloadGen {
    /** The steps of the exhaustive alphabet. */
    enum Step { APPEND_ONE, APPEND_TWO, DELETE_SUFFIX, DELETE_PREFIX, DELETE_MIDDLE, REOPEN }

    private final Profile profile;
    private LogState state = LogState.EMPTY;
    private long term = 1;
    private long nextStart = 1;

    private WorkloadGen(Profile profile) {
        this.profile = profile;
    }

    /** A random workload of 1..maxOps calls. */
    static List<CrashOp> random(Random r, Profile profile, int maxOps) {
        WorkloadGen g = new WorkloadGen(profile);
        g.nextStart = 1 + r.nextInt(3);
        int n = 1 + r.nextInt(maxOps);
        List<CrashOp> ops = new ArrayList<>();
        while (ops.size() < n) {
            int pick = r.nextInt(20);
            CrashOp op;
            if (pick < 10 || g.state.isEmpty()) {
                int count = 1 + r.nextInt(3);
                int[] sizes = new int[count];
                int[] ext = new int[count];
                for (int i = 0; i < count; i++) {
                    sizes[i] = r.nextInt(10) < 7 ? 8 + r.nextInt(40) : 300 + r.nextInt(500);
                    ext[i] = r.nextInt(4) == 0 ? 1 + r.nextInt(16) : 0;   // a quarter carry extensions and appendedAt
                }
                op = g.append(sizes, ext);
            } else if (pick < 13) {
                long k = g.state.first() + (long) r.nextInt((int) Math.min(1000, g.state.last() - g.state.first() + 1));
                op = new CrashOp.Delete(k, r.nextInt(4) == 0 ? Long.MAX_VALUE : g.state.last());
            } else if (pick < 16) {
                long k = g.state.first() + (long) r.nextInt((int) Math.min(1000, g.state.last() - g.state.first() + 1));
                op = new CrashOp.Delete(r.nextInt(4) == 0 ? 0 : g.state.first(), k);
            } else if (pick < 18 && profile == Profile.GENERAL && g.state.last() - g.state.first() >= 2) {
                long a = g.state.first() + 1 + r.nextInt((int) Math.min(1000, g.state.last() - g.state.first() - 1));
                long b = a + r.nextInt((int) (g.state.last() - a));
                op = new CrashOp.Delete(a, b);
            } else {
                op = new CrashOp.Reopen();
            }
            ops.add(g.record(op));
        }
        return ops;
    }

    /**
     * Every workload of 1..maxSteps steps of the alphabet (no middle delete for monotonic stores),
     * each distinct call sequence once (on a one-entry log a suffix and a prefix delete are the same call).
     */
    static List<List<CrashOp>> exhaustive(Profile profile, int maxSteps) {
        List<Step> alphabet = new ArrayList<>(List.of(Step.values()));
        if (profile == Profile.MONOTONIC) {
            alphabet.remove(Step.DELETE_MIDDLE);
        }
        java.util.Set<List<CrashOp>> all = new java.util.LinkedHashSet<>();
        List<List<Step>> frontier = List.of(List.of());
        for (int len = 1; len <= maxSteps; len++) {
            List<List<Step>> next = new ArrayList<>();
            for (List<Step> prefix : frontier) {
                for (Step s : alphabet) {
                    List<Step> seq = new ArrayList<>(prefix);
                    seq.add(s);
                    next.add(seq);
                    all.add(resolve(profile, seq));
                }
            }
            frontier = next;
        }
        return List.copyOf(all);
    }

    private static List<CrashOp> resolve(Profile profile, List<Step> steps) {
        WorkloadGen g = new WorkloadGen(profile);
        List<CrashOp> ops = new ArrayList<>();
        for (Step s : steps) {
            LogState st = g.state;
            CrashOp op = switch (s) {
                case APPEND_ONE -> g.append(new int[] {20}, new int[1]);
                case APPEND_TWO -> g.append(new int[] {20, 600}, new int[2]);
                case DELETE_SUFFIX -> st.isEmpty() ? new CrashOp.Delete(1, 1) : new CrashOp.Delete(st.last(), st.last());
                case DELETE_PREFIX -> st.isEmpty() ? new CrashOp.Delete(0, 1) : new CrashOp.Delete(st.first(), st.first());
                case DELETE_MIDDLE -> st.last() - st.first() >= 2
                        ? new CrashOp.Delete(st.first() + 1, st.first() + 1) : new CrashOp.Delete(st.last() + 1, st.last());
                case REOPEN -> new CrashOp.Reopen();
            };
            ops.add(g.record(op));
        }
        return ops;
    }

    private CrashOp append(int[] sizes, int[] extSizes) {
        long start = state.isEmpty() ? nextStart : state.last() + 1;
        List<Log> batch = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            batch.add(extSizes[i] > 0 ? CrashOp.Append.richEntry(start + i, term, sizes[i], extSizes[i])
                    : CrashOp.Append.entry(start + i, term, sizes[i]));
        }
        return new CrashOp.Append(batch);
    }

    private CrashOp record(CrashOp op) {
        LogState before = state;
        state = state.apply(op);
        if (op instanceof CrashOp.Delete) {
            term++;
            if (state.isEmpty() && !before.isEmpty()) {
                nextStart = before.last() + 1 + (profile == Profile.GENERAL ? 2 : 0);
            }
        }
        return op;
    }
}
