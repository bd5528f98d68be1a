package dev.raftlog.tck.zoo;

import static dev.raftlog.tck.catalogue.Requirement.*;

import dev.raftlog.api.LogStore;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.concurrency.BoundsResetDuringAppendStore;
import dev.raftlog.tck.concurrency.EarlyLastIndexStore;
import dev.raftlog.tck.concurrency.FirstIndexScratchStore;
import dev.raftlog.tck.concurrency.HalfLockedStore;
import dev.raftlog.tck.concurrency.RecycledBufferStore;
import dev.raftlog.tck.concurrency.StaleReadCacheStore;
import dev.raftlog.tck.concurrency.UnsynchronizedHashMapStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The zoo: stores that each break exactly one requirement of the catalogue, the way real stores
 * did, and are otherwise correct, so that a kit run against one of them fails on that
 * requirement's ID. {@link #controls()} are the correct bases they derive from; the kit must
 * pass them.
 */
public final class Zoo {

    private static final List<ZooSpecimen> ALL = List.of(
            // Empty store and appends
            general("EmptyBoundsThrow", EMPTY_BOUNDS, EmptyBoundsThrow::new,
                    "Reads its bounds from a segment header created by the first storeLogs or deleteRange call, so an untouched store's firstIndex()/lastIndex() throw instead of returning 0."),
            general("EmptyStoreReadFails", EMPTY_NOT_FOUND, EmptyStoreReadFails::new,
                    "getLog on a never-written store throws IllegalStateException from an empty segment search instead of LogNotFoundException (index 0 excepted)."),
            general("FirstAppendAssumesOne", APPEND_FIRST_ANYWHERE, FirstAppendAssumesOne::new,
                    "A new store's first segment has base index 1 and reports it as firstIndex(), so a first batch at 5 reports first 1 (raft-wal PR #24)."),
            monotonic("FirstFromNewestSegment", APPEND_EXTENDS, FirstFromNewestSegment::new,
                    "Reports the newest segment's base as firstIndex(), so appending 6..8 after 1..5 moves first to 6 while 1..5 are still stored."),
            general("StoreLogDropsExtensions", APPEND_SINGLE_EQUALS_BATCH, StoreLogDropsExtensions::new,
                    "Overrides storeLog with a fast path that drops the extensions, so storeLog stores less than storeLogs(List.of(log)) (BootstrapCluster uses StoreLog)."),
            general("EmptyBatchRejected", APPEND_EMPTY_BATCH, EmptyBatchRejected::new,
                    "Throws IllegalArgumentException for storeLogs(List.of()) where raft expects a no-op (contract rule 9)."),
            // Batches
            general("HalfAppliedBatch", BATCH_ALL_OR_NOTHING, HalfAppliedBatch::new,
                    "Checks its 8 MiB entry limit while writing entry by entry, so [valid, valid, 8 MiB + 1] throws with the first two stored (raft #163, raft-wal #32)."),
            general("CacheBeforeStore", BATCH_ALL_OR_NOTHING, CacheBeforeStore::new,
                    "A read cache filled before the store accepts the batch serves the valid entries of a rejected batch (raft #429 / PR #460, LogCache)."),
            monotonic("WriterAdvancedAfterRejectedBatch", BATCH_ALL_OR_NOTHING, WriterAdvancedAfterRejectedBatch::new,
                    "Advances its writer position before the oversize check, so after a rejected batch the next append at lastIndex() + 1 is refused (raft-wal #32)."),
            // Reads
            general("NotFoundAsNull", READ_NOT_FOUND, NotFoundAsNull::new,
                    "Returns null for a read past the highest index ever written instead of throwing LogNotFoundException."),
            general("NotFoundWrongException", READ_NOT_FOUND, NotFoundWrongException::new,
                    "Throws its own IOException(\"not found\") past the end of the log, so raft cannot recognise ErrLogNotFound (raft-wal PR #2 / 2113608, Consul 1.15.0-1.15.1)."),
            general("TruncatedTailStillReadable", READ_DELETED, TruncatedTailStillReadable::new,
                    "A suffix delete only moves the tail pointer and getLog does not check it, so deleted tail entries are still returned."),
            general("ZeroIndexIllegal", READ_ZERO, ZeroIndexIllegal::new,
                    "getLog(0) on a non-empty store throws IllegalArgumentException instead of LogNotFoundException, though raft passes FirstIndex() results, 0 included."),
            // Round trip
            general("TypeCodeSwapped", TRIP_HEADER, TypeCodeSwapped::new,
                    "Writes type codes from a table with BARRIER (4) and CONFIGURATION (5) swapped, so a configuration entry reads back as a barrier."),
            general("ExtensionsDroppedWithoutData", TRIP_BYTES, ExtensionsDroppedWithoutData::new,
                    "Stores extensions only inside a data section, so an entry with empty data loses its extensions (go-raftchunking state)."),
            general("AppendedAtMillis", TRIP_APPENDED_AT, AppendedAtMillis::new,
                    "Stores appendedAt as epoch milliseconds, losing the nanoseconds (raft #473, raft-boltdb PR #38)."),
            general("AppendedAtInvented", TRIP_APPENDED_AT, AppendedAtInvented::new,
                    "Reads an absent appendedAt back as the epoch, inventing a 1970 append time (raft #473's time-encoding family)."),
            general("LargeEntryTruncated", TRIP_LARGE, LargeEntryTruncated::new,
                    "Writes data into a 64 KiB record and silently cuts anything longer."),
            general("TermAsInt", TRIP_EXTREMES, TermAsInt::new,
                    "Keeps the term in a 32-bit unsigned field, so terms above 2^32 - 1 come back truncated."),
            general("IndexOverflowNearMax", TRIP_EXTREMES, IndexOverflowNearMax::new,
                    "Deletes the half-open range [min, last + 1), which overflows when Long.MAX_VALUE is stored, so deleteRange(MAX, MAX) throws (InmemStore's max + 1)."),
            general("EpochNanosTime", TRIP_EXTREME_TIMES, EpochNanosTime::new,
                    "Stores appendedAt as epoch nanoseconds in a long (Go's UnixNano), which wraps after 2262 and before 1677 (raft #473)."),
            general("GoZeroTimeSentinel", TRIP_EXTREME_TIMES, GoZeroTimeSentinel::new,
                    "Encodes an absent appendedAt as Go's zero time 0001-01-01T00:00:00Z and reads that instant back as absent (time.Time.IsZero as 'not set')."),
            general("StaleExtensionsFromPreviousRead", TRIP_NO_STALE_FIELDS, StaleExtensionsFromPreviousRead::new,
                    "Decodes into a reused record that keeps the previous read's extensions when an entry has none (Go's GetLog filling a caller's struct)."),
            // Aliasing
            general("KeepsCallerArrays", ALIAS_INPUT, KeepsCallerArrays::new,
                    "Keeps the caller's Log object and arrays, as InmemStore and LogCache do, so a reused caller buffer changes the stored entry."),
            general("ReturnsStoredArrays", ALIAS_OUTPUT, ReturnsStoredArrays::new,
                    "Hands out the stored entry itself, so a caller writing into a returned array changes the store."),
            general("PooledReadBuffer", ALIAS_OUTPUT, PooledReadBuffer::new,
                    "Returns data in a pooled buffer per length that the next same-sized read overwrites under an earlier caller (raft-wal commit 1cab18f)."),
            // Deletes
            general("FirstIndexStuckAfterPrefixDelete", DELETE_PREFIX, FirstIndexStuckAfterPrefixDelete::new,
                    "Keeps a cached first index that a prefix delete does not move, so compacted indexes are still reported as stored."),
            general("LastIndexStuckAfterSuffixDelete", DELETE_SUFFIX, LastIndexStuckAfterSuffixDelete::new,
                    "Keeps a cached last index that a suffix delete does not move (the tail bookkeeping of raft-wal #31)."),
            general("DeleteAllKeepsBounds", DELETE_ALL, DeleteAllKeepsBounds::new,
                    "A fast path for deleteRange(first, last) drops every entry but keeps the old bounds (RecoverCluster's path)."),
            monotonic("MonotonicRemembersOldTail", DELETE_ALL, MonotonicRemembersOldTail::new,
                    "After everything was deleted, still requires the next batch at the old lastIndex() + 1, so raft's restore cannot append at snapshot + 1 (raft-wal PR #24, raft PR #545)."),
            general("ExclusiveUpperBound", DELETE_INCLUSIVE, ExclusiveUpperBound::new,
                    "Deletes a range strictly inside the log with a loop written as i < max, keeping entry max (prefix and suffix paths are right)."),
            general("InmemMinAboveMax", DELETE_MIN_ABOVE_MAX, InmemMinAboveMax::new,
                    "Applies InmemStore's bound arithmetic to min > max instead of doing nothing, so 5..10 + deleteRange(3, 1) reports first 2 (raft #358)."),
            general("InmemDeleteRangeArithmetic", DELETE_CLAMPED, InmemDeleteRangeArithmetic::new,
                    "Moves bounds like InmemStore (low = max + 1, high = min - 1), so 1..10 + deleteRange(0, 100) reports 101 / 2^64-1 and 5..10 + deleteRange(1, 2) first 3."),
            general("InmemEmptyDelete", DELETE_ON_EMPTY, InmemEmptyDelete::new,
                    "Applies InmemStore's bound arithmetic on an empty store, so empty + deleteRange(0, 5) reports first 6 / last 2^64-1."),
            monotonic("MonotonicTruncateKeepsWriterPosition", DELETE_THEN_APPEND, MonotonicTruncateKeepsWriterPosition::new,
                    "A suffix delete moves lastIndex() back but not the writer position, so the repair append at the new lastIndex() + 1 is refused (raft-wal #31/#32)."),
            // General profile
            general("DenseArrayFillsGaps", GAPS, DenseArrayFillsGaps::new,
                    "Keeps entries in a dense array and fills a gap with invented empty term-0 entries, so an index never written is readable."),
            general("InmemOutOfOrderBounds", OUT_OF_ORDER, InmemOutOfOrderBounds::new,
                    "Tracks bounds from the first entry written like InmemStore, so 5..10 then 3 leaves first 5 and a batch [3, 1, 2] reports 3..3."),
            general("OverwriteIgnored", OVERWRITE, OverwriteIgnored::new,
                    "Writes with put-if-absent, so an overwrite is ignored and the old term keeps being served."),
            general("MiddleDeleteMovesLast", MIDDLE_DELETE, MiddleDeleteMovesLast::new,
                    "Treats every delete not starting at the first index as a suffix truncation for its bounds, so a middle delete reports last = min - 1."),
            // Monotonic profile
            monotonic("MonotonicFlagNotPassedThrough", MONOTONIC_FLAG, MonotonicFlagNotPassedThrough::new,
                    "A wrapper around a correct monotonic store that does not pass isMonotonic() through, unlike LogCache and raft-wal's verifier (raft PR #545)."),
            general("GeneralClaimsMonotonic", MONOTONIC_FLAG, GeneralClaimsMonotonic::new,
                    "A correct general-profile store whose isMonotonic() says true, so raft would empty it after every restore."),
            monotonic("MonotonicAcceptsGap", MONOTONIC_CONTIGUOUS, MonotonicAcceptsGap::new,
                    "Declares the monotonic profile but stores batches that skip indexes, leaving gaps raft does not expect (raft PR #545)."),
            monotonic("MonotonicAcceptsOverwrite", MONOTONIC_NO_OVERWRITE, MonotonicAcceptsOverwrite::new,
                    "Declares the monotonic profile but silently overwrites a contiguous batch starting at an index it holds, where raft-wal rejects."),
            monotonic("MonotonicAcceptsMiddleDelete", MONOTONIC_NO_MIDDLE_DELETE, MonotonicAcceptsMiddleDelete::new,
                    "Declares the monotonic profile but punches a hole for a middle delete, where raft-wal answers 'only suffix or prefix ranges may be deleted'."),
            // Arguments
            general("NegativeIndexClamped", ARGS_NEGATIVE, NegativeIndexClamped::new,
                    "Treats negative indexes as out of range: getLog(-1) is not-found and deleteRange(-5, 2) deletes 0..2, instead of IllegalArgumentException."),
            general("NullElementSkipped", ARGS_NULL, NullElementSkipped::new,
                    "Filters null elements out of a batch and stores the rest, so the caller believes an entry stored that never was."),
            general("SilentRejections", ARGS_MESSAGE, SilentRejections::new,
                    "Rejects the right calls with the right exception types but no message."),
            // Restart
            reopenable("ReopenLosesLastBatch", RESTART_CONTENT, ReopenLosesLastBatch::new,
                    "Acknowledges a batch before it is durable (write-behind flushed by the next call, not by close), so the last batch is gone after reopen (raft #429 / PR #460)."),
            reopenable("AppendedAtNotOnDisk", RESTART_CONTENT, AppendedAtNotOnDisk::new,
                    "Its on-disk record has no appendedAt, hidden by in-memory reads until a reopen brings every time back absent (codec older than raft PR #452)."),
            reopenable("SuffixDeleteResurrected", RESTART_DELETES, SuffixDeleteResurrected::new,
                    "A suffix delete is never made durable, so the deleted tail is back after reopen (raft-wal #31 / #33)."),
            reopenable("PrefixDeleteForgotten", RESTART_DELETES, PrefixDeleteForgotten::new,
                    "A prefix delete (compaction) is never made durable, so compacted entries are back after reopen."),
            reopenable("ReopenForgetsAppendPosition", RESTART_APPEND, ReopenForgetsAppendPosition::new,
                    "Reopening a non-empty store does not reopen the tail segment for writing, so the first append after restart fails (raft-wal 599b485)."),
            reopenable("EmptyTailReadsAsEntry", RESTART_EMPTY, EmptyTailReadsAsEntry::new,
                    "Reopening a store with no entries reads the empty tail segment's header as an entry, reporting bounds 1..1 (raft-wal f7e2f7d)."),
            // Only the model finds it
            general("HoleBlindSuffixDelete", MODEL_SEQUENCES, HoleBlindSuffixDelete::new,
                    "A contiguity flag kept by appends but not by middle deletes lets a later suffix delete set last = min - 1 inside the hole; no single-rule example shows it."),
            // Only many threads at once find them (contract rule 18); right one call at a time
            general("EarlyLastIndexStore", CONC_WHOLE_BATCHES, EarlyLastIndexStore::new,
                    "Publishes the new lastIndex() before the batch is written, so a replication reader is told of entries it cannot read yet."),
            general("HalfLockedStore", CONC_WHOLE_BATCHES, HalfLockedStore::new,
                    "Holds its write lock around only the first half of storeLogs, so readers see part of a batch."),
            general("RecycledBufferStore", CONC_TRUNCATED_READ, RecycledBufferStore::new,
                    "A prefix delete scrubs buffers that readers copy after releasing the lock, so a read racing a truncation returns garbage (raft-wal 1cab18f)."),
            general("FirstIndexScratchStore", CONC_BOUNDS_ORDER, FirstIndexScratchStore::new,
                    "Uses its published firstIndex field as scratch space while appending, so firstIndex() can exceed lastIndex()."),
            general("BoundsResetDuringAppendStore", CONC_BOUNDS_MONOTONE, BoundsResetDuringAppendStore::new,
                    "Clears its lock-free bound fields before recomputing them after each batch, so lastIndex() drops to 0 with nothing deleted."),
            general("UnsynchronizedHashMapStore", CONC_LIVENESS, UnsynchronizedHashMapStore::new,
                    "A plain HashMap shared by Raft's threads: concurrent reads during a resize or a delete throw ConcurrentModificationException and friends."),
            general("StaleReadCacheStore", CONC_LINEARIZABLE, StaleReadCacheStore::new,
                    "A per-thread read cache cleared only by the writing thread, so replication keeps serving entries that were replaced or deleted."));

    private static final List<ZooSpecimen> CONTROLS = List.of(
            new ZooSpecimen("SortedMapStore", null, false, SortedMapStore::new, null,
                    "The correct general-profile base of the zoo."),
            new ZooSpecimen("TrackedBoundsStore", null, false, TrackedBoundsStore::new, null,
                    "The correct general-profile base that keeps its bounds in fields."),
            new ZooSpecimen("MonotonicSortedMapStore", null, true, MonotonicSortedMapStore::new, null,
                    "The correct monotonic-profile base of the zoo."),
            new ZooSpecimen("DurableSortedMapStore", null, false,
                    () -> new DurableSortedMapStore(SimulatedDisk.scratch()), DurableSortedMapStore::open,
                    "The correct reopenable base of the zoo, writing every acknowledged call through to its SimulatedDisk."));

    private Zoo() {
    }

    /** Every broken specimen, grouped by the area of the rule it breaks; at least one per requirement. */
    public static List<ZooSpecimen> all() {
        return ALL;
    }

    /** The correct bases (each with {@code breaks == null}); the kit must pass every one. */
    public static List<ZooSpecimen> controls() {
        return CONTROLS;
    }

    /**
     * The specimen or control with this name.
     *
     * @throws IllegalArgumentException naming the unknown specimen
     */
    public static ZooSpecimen byName(String name) {
        for (List<ZooSpecimen> list : List.of(ALL, CONTROLS)) {
            for (ZooSpecimen specimen : list) {
                if (specimen.name().equals(name)) {
                    return specimen;
                }
            }
        }
        throw new IllegalArgumentException("no specimen named '" + name + "' in the zoo");
    }

    /** The specimens that break {@code requirement} (possibly none). */
    public static List<ZooSpecimen> breaking(Requirement requirement) {
        return ALL.stream().filter(s -> s.breaks() == requirement).toList();
    }

    private static ZooSpecimen general(String name, Requirement breaks, Supplier<LogStore> fresh, String story) {
        return new ZooSpecimen(name, breaks, false, fresh, null, story);
    }

    private static ZooSpecimen monotonic(String name, Requirement breaks, Supplier<LogStore> fresh, String story) {
        return new ZooSpecimen(name, breaks, true, fresh, null, story);
    }

    private static ZooSpecimen reopenable(String name, Requirement breaks, Function<SimulatedDisk, LogStore> open,
            String story) {
        Function<Path, LogStore> durable = dir -> open.apply(SimulatedDisk.at(dir));
        return new ZooSpecimen(name, breaks, false, () -> open.apply(SimulatedDisk.scratch()), durable, story);
    }
}
