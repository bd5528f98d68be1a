package dev.raftlog.tck.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.tck.Profile;
import dev.raftlog.tck.model.LogModel;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Workloads are valid for the profile (the oracle assumes every call may succeed) and the exhaustive mode is complete. */
class WorkloadGenTest {

    @Test
    void exhaustiveModeHasEveryWorkloadOfUpToThreeSteps() {
        // 6 + 36 + 216 step sequences; some give the same calls (suffix = prefix delete of a single entry)
        List<List<CrashOp>> general = WorkloadGen.exhaustive(Profile.GENERAL, 3);
        assertThat(general).doesNotHaveDuplicates().hasSizeBetween(200, 258)
                .anyMatch(w -> w.size() == 3 && w.get(2) instanceof CrashOp.Reopen && w.get(1) instanceof CrashOp.Delete);
        assertThat(WorkloadGen.exhaustive(Profile.MONOTONIC, 3)).doesNotHaveDuplicates().hasSizeBetween(100, 155);
        assertThat(WorkloadGen.exhaustive(Profile.GENERAL, 1)).hasSize(6);
    }

    @Test
    void everyRandomAndExhaustiveWorkloadIsAcceptedByTheModelOfItsProfile() {
        for (Profile p : Profile.values()) {
            Random r = new Random(7);
            for (int i = 0; i < 500; i++) {
                assertValid(p, WorkloadGen.random(r, p, 8));
            }
            WorkloadGen.exhaustive(p, 3).forEach(w -> assertValid(p, w));
        }
    }

    @Test
    void randomWorkloadsUseEveryKindOfCall() {
        Random r = new Random(1);
        List<CrashOp> all = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.addAll(WorkloadGen.random(r, Profile.GENERAL, 8));
        }
        assertThat(all).anyMatch(op -> op instanceof CrashOp.Reopen).anyMatch(op -> op instanceof CrashOp.Delete d && d.max() == Long.MAX_VALUE)
                .anyMatch(op -> op instanceof CrashOp.Delete d && d.min() == 0)
                .anyMatch(op -> op instanceof CrashOp.Append a && a.batch().size() == 3)
                .anyMatch(op -> op instanceof CrashOp.Append a && a.batch().stream().anyMatch(l -> l.appendedAt() != null
                        && l.extensions().length > 0));
    }

    @Test
    void appendsRenderAsJavaThatRebuildsTheSameEntries() {
        CrashOp.Append a = new CrashOp.Append(java.util.List.of(CrashOp.Append.richEntry(7, 3, 12, 5), CrashOp.Append.entry(8, 3, 2)));
        assertThat(a.toJava()).isEqualTo("store.storeLogs(List.of(Log.command(7, 3, CrashPayload.bytes(7, 3, 12))"
                + ".withExtensions(CrashPayload.bytes(7, -3, 5)).withAppendedAt(Instant.ofEpochSecond(1700000007L, 3)), "
                + "Log.command(8, 3, CrashPayload.bytes(8, 3, 2))));");
        dev.raftlog.api.Log rebuilt = dev.raftlog.api.Log.command(7, 3, CrashPayload.bytes(7, 3, 12))
                .withExtensions(CrashPayload.bytes(7, -3, 5)).withAppendedAt(java.time.Instant.ofEpochSecond(1700000007L, 3));
        assertThat(rebuilt).isEqualTo(a.batch().get(0));
        assertThat(CrashPayload.bytes(7, 3, 12)).isNotEqualTo(CrashPayload.bytes(7, 4, 12)).hasSize(12);
    }

    private static void assertValid(Profile p, List<CrashOp> ops) {
        LogModel model = new LogModel(p);
        for (CrashOp op : ops) {
            if (op instanceof CrashOp.Append a) {
                assertThat(model.accepts(a.batch())).as("%s in %s", op, ops).isTrue();
                model.store(a.batch());
            } else if (op instanceof CrashOp.Delete d) {
                assertThat(model.acceptsDelete(d.min(), d.max())).as("%s in %s", op, ops).isTrue();
                model.delete(d.min(), d.max());
            }
        }
    }
}
