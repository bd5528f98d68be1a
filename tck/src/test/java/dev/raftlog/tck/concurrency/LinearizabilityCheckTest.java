package dev.raftlog.tck.concurrency;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker on hand-written histories, linearizable and not. Times are plain numbers. */
class LinearizabilityCheckTest {

    static EntryFingerprint e(long index, long term) {
        return new EntryFingerprint(index, term, index * 1_000 + term);
    }

    static ConcurrencyReport check(Call... calls) {
        return ConcurrencyCheck.check(History.of(List.of(calls)), ConcurrencyConfig.defaults());
    }

    @Test
    void aSequentialHistoryFollowingTheContractPasses() {
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1), e(2, 1)), 0, 10),
                Call.getLog(2, 1, e(1, 1), 11, 12),
                Call.firstIndex(2, 1, 13, 14),
                Call.lastIndex(2, 2, 15, 16),
                Call.deleteRange(1, 1, 1, 17, 18),
                Call.getLog(2, 1, null, 19, 20),
                Call.firstIndex(2, 2, 21, 22));
        assertThat(report.passed()).as(report.summary()).isTrue();
    }

    @Test
    void overlappingCallsMayTakeEffectInAnotherOrderThanTheyStarted() {
        // The reads start before the write but one of them sees it: legal only if the write is
        // placed between them, inside their overlap.
        ConcurrencyReport report = check(
                Call.lastIndex(2, 0, 0, 50),
                Call.getLog(3, 1, e(1, 1), 1, 60),
                Call.storeLogs(1, List.of(e(1, 1)), 10, 20),
                Call.getLog(2, 1, e(1, 1), 51, 55));
        assertThat(report.passed()).as(report.summary()).isTrue();
    }

    @Test
    void aReadAfterACompletedDeleteThatStillSeesTheEntryFails() {
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1)), 0, 10),
                Call.deleteRange(2, 1, 1, 20, 30),
                Call.getLog(3, 1, e(1, 1), 40, 50));
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_06)).hasSize(1);
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_02)).hasSize(1);
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_06).get(0).window())
                .extracting(Call::label).contains("getLog(1)=Log[1,t1]");
    }

    @Test
    void aReaderSeeingHalfABatchFails() {
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1), e(2, 1), e(3, 1)), 0, 100),
                Call.getLog(2, 2, e(2, 1), 10, 20),
                Call.getLog(2, 3, null, 30, 40));
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_01)).hasSize(1);
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_06)).hasSize(1);
    }

    @Test
    void firstAboveLastWithNoDeleteRunningFails() {
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1)), 0, 1),
                Call.storeLogs(1, List.of(e(2, 1)), 2, 3),
                Call.storeLogs(1, List.of(e(3, 1)), 4, 5),
                Call.firstIndex(2, 3, 20, 30),
                Call.lastIndex(3, 2, 25, 50));
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_03)).hasSize(1);
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_06)).hasSize(1);
    }

    @Test
    void lastIndexGoingBackWithoutADeleteFailsButWithOneRunningPasses() {
        Call s1 = Call.storeLogs(1, List.of(e(1, 1)), 0, 1);
        Call s2 = Call.storeLogs(1, List.of(e(2, 1)), 2, 3);
        Call l2 = Call.lastIndex(2, 2, 10, 11);
        Call l1 = Call.lastIndex(2, 1, 12, 13);
        ConcurrencyReport broken = check(s1, s2, l2, l1);
        assertThat(broken.violationsOf(ConcurrencyRule.LS_CONC_04)).hasSize(1);
        assertThat(broken.violationsOf(ConcurrencyRule.LS_CONC_06)).hasSize(1);

        ConcurrencyReport explained = check(s1, s2, l2, l1, Call.deleteRange(3, 2, 2, 9, 12));
        assertThat(explained.passed()).as(explained.summary()).isTrue();
    }

    @Test
    void garbageAndAnotherIndexsEntryFail() {
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1), e(2, 1)), 0, 10),
                Call.getLog(2, 1, e(1, 99), 20, 30),
                Call.getLog(2, 2, e(1, 1), 31, 40));
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_02)).hasSize(2);
    }

    @Test
    void theSameEntryWrittenAgainAfterADeleteMayBeReadAgain() {
        // Histories recorded outside the workload may repeat an entry; that is not a stale read.
        ConcurrencyReport report = check(
                Call.storeLogs(1, List.of(e(1, 1), e(2, 1)), 0, 10),
                Call.deleteRange(1, 1, 2, 20, 30),
                Call.storeLogs(1, List.of(e(1, 1), e(2, 1)), 40, 50),
                Call.getLog(2, 1, e(1, 1), 60, 70),
                Call.lastIndex(2, 2, 71, 72));
        assertThat(report.passed()).as(report.summary()).isTrue();
    }

    @Test
    void aWriteThatThrewMayOrMayNotHaveHappened() {
        Call failed = Call.storeLogs(1, List.of(e(1, 1)), 0, 10).withOutcome(Outcome.FAILED, "java.io.IOException: disk");
        ConcurrencyReport seen = check(failed, Call.getLog(2, 1, e(1, 1), 20, 30));
        ConcurrencyReport notSeen = check(failed, Call.getLog(2, 1, null, 20, 30));
        for (ConcurrencyReport r : List.of(seen, notSeen)) {
            assertThat(r.violationsOf(ConcurrencyRule.LS_CONC_06)).isEmpty();
            assertThat(r.violationsOf(ConcurrencyRule.LS_CONC_05)).hasSize(1);
        }
    }

    @Test
    void aStateCarriedAcrossACutThatWasOneOfSeveralIsRecheckedNotBlamed() {
        // Two overlapping writes of index 1: either may be last. The read after the quiet point
        // sees the one the search does not try first; the checker must not call that a violation.
        List<Call> calls = List.of(
                Call.storeLogs(1, List.of(e(1, 1)), 0, 10),
                Call.storeLogs(2, List.of(e(1, 2)), 5, 15),
                Call.getLog(3, 1, e(1, 1), 20, 30));
        assertThat(check(calls.toArray(new Call[0])).passed()).isTrue();
        ConcurrencyReport wrong = check(calls.get(0), calls.get(1), Call.getLog(3, 1, e(1, 3), 20, 30));
        assertThat(wrong.violationsOf(ConcurrencyRule.LS_CONC_06)).hasSize(1);
    }

    @Test
    void everyPossibleEndStateOfASegmentIsEnumerated() {
        List<Call> racing = List.of(
                Call.storeLogs(1, List.of(e(1, 1)), 0, 10),
                Call.storeLogs(2, List.of(e(1, 2)), 5, 15),
                Call.storeLogs(3, List.of(e(2, 3)), 6, 16));
        LinearizabilitySearch search = new LinearizabilitySearch(History.of(racing).calls(), Long.MAX_VALUE,
                new SequentialLogModel(), new LinearizabilitySearch.Budget(System.nanoTime() + 10_000_000_000L, 1_000_000));
        assertThat(search.collect(16)).isEqualTo(LinearizabilitySearch.Verdict.LINEARIZABLE);
        assertThat(search.finalStates()).extracting(st -> st.get(1L)).containsExactlyInAnyOrder(e(1, 1), e(1, 2));
        assertThat(search.finalStates()).allSatisfy(st -> assertThat(st.get(2L)).isEqualTo(e(2, 3)));
    }

    @Test
    void tooManyPossibleStatesFallBackToOneCarriedStateWithoutWrongVerdicts() {
        // Twenty overlapping writers of index 1: twenty possible states at the cut, more than are
        // tracked exactly. The read after the cut sees the writer the search does not pick first.
        List<Call> calls = new ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            calls.add(Call.storeLogs(t, List.of(e(1, t)), t, 100 + t));
        }
        List<Call> good = new ArrayList<>(calls);
        good.add(Call.getLog(21, 1, e(1, 7), 200, 210));
        assertThat(ConcurrencyCheck.check(History.of(good), ConcurrencyConfig.defaults()).passed()).isTrue();
        // Refuting the bad read means trying all 20! orders (2^20 sets after memoisation): within
        // a small budget the answer is "undecided", and above all never a pass.
        List<Call> bad = new ArrayList<>(calls);
        bad.add(Call.getLog(21, 1, e(1, 99), 200, 210));
        ConcurrencyReport report = ConcurrencyCheck.check(History.of(bad),
                ConcurrencyConfig.builder().checkTimeLimit(Duration.ofSeconds(1)).build());
        assertThat(report.passed()).isFalse();
        assertThat(report.violationsOf(ConcurrencyRule.LS_CONC_02)).hasSize(1); // data nobody wrote
        assertThat(!report.violationsOf(ConcurrencyRule.LS_CONC_06).isEmpty() || report.undecidedReason().isPresent())
                .as(report.summary()).isTrue();
    }

    @Test
    void theWindowShowsThePointOfFailureNotTheWholeHistory() {
        List<Call> calls = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            // two writers taking turns, each write overlapping the next: one long segment
            calls.add(Call.storeLogs(1 + i % 2, List.of(e(i, 1)), i * 10L, i * 10L + 15));
            calls.add(Call.lastIndex(4, i - 1, i * 10L + 1, i * 10L + 2));
        }
        calls.add(Call.getLog(3, 5, null, 5_000, 5_001)); // index 5 was never deleted
        ConcurrencyReport report = ConcurrencyCheck.check(History.of(calls), ConcurrencyConfig.defaults());
        Violation v = report.violationsOf(ConcurrencyRule.LS_CONC_06).get(0);
        assertThat(v.window()).hasSizeLessThan(30).extracting(Call::label).contains("getLog(5)=NOT_FOUND");
    }

    @Test
    void anExhaustedBudgetIsUndecidedNotAPass() {
        History history = SyntheticHistory.generate(8, 2_000, 7);
        ConcurrencyReport report = ConcurrencyCheck.check(history,
                ConcurrencyConfig.builder().checkTimeLimit(Duration.ofNanos(1)).build());
        assertThat(report.passed()).isFalse();
        assertThat(report.isConclusive()).isFalse();
        assertThat(report.undecidedReason()).get().asString().contains("budget");
    }

    @Test
    void syntheticHighlyConcurrentHistoriesPassAndACorruptedReadFails() {
        for (long seed = 1; seed <= 3; seed++) {
            History history = SyntheticHistory.generate(8, 3_000, seed);
            ConcurrencyReport report = ConcurrencyCheck.check(history, ConcurrencyConfig.defaults());
            assertThat(report.passed()).as(report.summary()).isTrue();

            List<Call> calls = new ArrayList<>(history.calls());
            int victim = calls.size() / 2;
            while (calls.get(victim).kind() != OpKind.GET_LOG || calls.get(victim).outcome() != Outcome.OK) {
                victim++;
            }
            Call read = calls.get(victim);
            calls.set(victim, Call.getLog(read.thread(), read.index(), e(read.index(), 777), read.start(), read.end()));
            ConcurrencyReport corrupted = ConcurrencyCheck.check(History.of(calls), ConcurrencyConfig.defaults());
            assertThat(corrupted.violationsOf(ConcurrencyRule.LS_CONC_06)).as(corrupted.summary()).hasSize(1);
        }
    }
}
