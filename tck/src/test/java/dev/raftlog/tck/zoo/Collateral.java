package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.catalogue.Requirement.*;

import dev.raftlog.tck.catalogue.Requirement;
import java.util.Map;
import java.util.Set;

/**
 * Requirements besides {@link ZooSpecimen#breaks()} whose kit tests can also fail on a specimen,
 * because the natural test of that other rule exercises the same broken path (found by running
 * every specimen's probe against every other specimen). A kit self-test may allow these; each
 * is a hint where a kit test could be written more narrowly. LS-MODEL-01 is not listed: the
 * model compares everything, so it may fail on any specimen whose bug it can observe.
 */
public final class Collateral {

    private static final Map<String, Set<Requirement>> MAY_ALSO_FAIL = Map.ofEntries(
            // any test that starts a fresh store above index 1 and checks firstIndex()
            Map.entry("FirstAppendAssumesOne", Set.of(DELETE_MIN_ABOVE_MAX, DELETE_CLAMPED, OUT_OF_ORDER, TRIP_EXTREMES)),
            // any test that appends a second batch and then checks firstIndex()
            Map.entry("FirstFromNewestSegment", Set.of(DELETE_THEN_APPEND, BATCH_ALL_OR_NOTHING)),
            // lastIndex() after deleteRange(MAX, MAX), or between the suffix delete and the repair append
            Map.entry("LastIndexStuckAfterSuffixDelete", Set.of(TRIP_EXTREMES, DELETE_THEN_APPEND, DELETE_CLAMPED)),
            // a clamped prefix range such as deleteRange(0, 3) on 1..10
            Map.entry("FirstIndexStuckAfterPrefixDelete", Set.of(DELETE_CLAMPED)),
            // deleting everything with a clamped range such as deleteRange(0, Long.MAX_VALUE)
            Map.entry("InmemDeleteRangeArithmetic", Set.of(DELETE_ALL)),
            // a test of a suffix delete that also reads the deleted indexes
            Map.entry("TruncatedTailStillReadable", Set.of(DELETE_SUFFIX, DELETE_INCLUSIVE)),
            // LS-DELETE-04 on a general store can only see it through a middle delete, which is LS-GENERAL-04's
            Map.entry("ExclusiveUpperBound", Set.of(MIDDLE_DELETE)),
            Map.entry("MiddleDeleteMovesLast", Set.of(DELETE_INCLUSIVE)),
            // extreme times with sub-millisecond parts
            Map.entry("AppendedAtMillis", Set.of(TRIP_EXTREME_TIMES)),
            // every test comparing whole entries that carry no appendedAt
            Map.entry("AppendedAtInvented", Set.of(TRIP_HEADER, TRIP_BYTES, TRIP_EXTREME_TIMES, APPEND_SINGLE_EQUALS_BATCH,
                    OVERWRITE, DELETE_THEN_APPEND, RESTART_CONTENT)),
            // a test reading an entry with extensions before one without
            Map.entry("StaleExtensionsFromPreviousRead", Set.of(TRIP_BYTES, APPEND_SINGLE_EQUALS_BATCH)),
            // a test holding two reads of same-sized data before comparing them
            Map.entry("PooledReadBuffer", Set.of(TRIP_HEADER, TRIP_BYTES)),
            // a batch test that checks the content of the stored oversize entry
            Map.entry("LargeEntryTruncated", Set.of(BATCH_ALL_OR_NOTHING)),
            // a single-batch setup is lost entirely, so lastIndex() is 0 after the reopen
            Map.entry("ReopenLosesLastBatch", Set.of(RESTART_APPEND, RESTART_DELETES)),
            // a restart test that appends after the reopen
            Map.entry("ReopenForgetsAppendPosition", Set.of(RESTART_DELETES)),
            // restart tests whose entries carry appendedAt
            Map.entry("AppendedAtNotOnDisk", Set.of(RESTART_DELETES, RESTART_APPEND)),
            // an ARGS-03 test that expects these calls to be rejected at all
            Map.entry("NegativeIndexClamped", Set.of(ARGS_MESSAGE)),
            Map.entry("NullElementSkipped", Set.of(ARGS_MESSAGE)),
            // a MONO-02 test that tries a batch starting at or below lastIndex()
            Map.entry("MonotonicAcceptsOverwrite", Set.of(MONOTONIC_CONTIGUOUS)),
            // tests using storeLog for entries with extensions
            Map.entry("StoreLogDropsExtensions", Set.of(TRIP_BYTES)));

    private Collateral() {
    }

    /** The requirements that may also fail on the named specimen (empty when none are known). */
    public static Set<Requirement> mayAlsoFail(String specimenName) {
        return MAY_ALSO_FAIL.getOrDefault(specimenName, Set.of());
    }

    /** The specimens with known collateral, for completeness checks. */
    static Set<String> specimensWithCollateral() {
        return MAY_ALSO_FAIL.keySet();
    }
}
