package dev.raftlog.tck.catalogue;

import static dev.raftlog.tck.catalogue.Area.*;
import static dev.raftlog.tck.catalogue.Level.*;

/**
 * The requirement catalogue: every rule of the LogStore contract the kit checks, with its
 * stable ID, level, one-sentence statement, why Raft needs it, and where the evidence is
 * (hashicorp/raft, raft-boltdb and raft-wal files and issues). The single source of truth:
 * {@code tck/REQUIREMENTS.md} is generated from it and the build fails when the two disagree.
 */
public enum Requirement {
    EMPTY_BOUNDS("LS-EMPTY-01", MUST, EMPTY_STORE, Needs.NOTHING,
            "An empty store reports firstIndex() == 0 and lastIndex() == 0 without error.",
            "NewRaft and the snapshot code read the bounds of a new store and treat 0 as 'no entries'.",
            "raft log.go (FirstIndex/LastIndex: 0 for no entries); contract rule 1"),
    EMPTY_NOT_FOUND("LS-EMPTY-02", MUST, EMPTY_STORE, Needs.NOTHING,
            "getLog on an empty store throws LogNotFoundException for every index, 0 included.",
            "Replication asks for entries a follower needs; on an empty store the answer must be 'not found' so raft sends a snapshot.",
            "contract rule 1; raft replication.go (err == ErrLogNotFound)"),

    APPEND_FIRST_ANYWHERE("LS-APPEND-01", MUST, APPEND, Needs.NOTHING,
            "The first batch into an empty store may start at any index >= 1; afterwards firstIndex() is its first index and lastIndex() its last.",
            "After installing a snapshot raft appends at snapshot index + 1 into an empty log.",
            "contract rule 2; raft-wal PR #24 (first append not at 1 broke its segment invariant)"),
    APPEND_EXTENDS("LS-APPEND-02", MUST, APPEND, Needs.NOTHING,
            "Appending at lastIndex() + 1 moves lastIndex() and leaves firstIndex() and earlier entries unchanged.",
            "The leader and followers grow the log one batch at a time.",
            "raft raft.go (appendEntries, dispatchLogs)"),
    APPEND_SINGLE_EQUALS_BATCH("LS-APPEND-03", MUST, APPEND, Needs.NOTHING,
            "storeLog(log) stores exactly what storeLogs(List.of(log)) stores.",
            "Raft uses both entry points; a store overriding storeLog must not lose fields on that path.",
            "raft log.go (StoreLog, StoreLogs); raft api.go (BootstrapCluster uses StoreLog)"),
    APPEND_EMPTY_BATCH("LS-APPEND-04", MUST, APPEND, Needs.NOTHING,
            "storeLogs of an empty list succeeds and changes nothing.",
            "Raft can pass an empty slice when a follower receives a heartbeat with no entries.",
            "contract rule 9"),

    BATCH_ALL_OR_NOTHING("LS-BATCH-01", MUST, BATCHES, Needs.NOTHING,
            "A batch that is rejected (null element, oversize entry, an index the profile refuses) throws and changes nothing: none of its entries becomes visible.",
            "Raft treats a failed StoreLogs as 'nothing stored'; a half-applied batch leaves entries raft never acknowledged and a state raft's bookkeeping does not know.",
            "contract rule 8; raft #163 (state after a failed append); raft-wal #32 (writer state advanced after a failed write)"),

    READ_NOT_FOUND("LS-READ-01", MUST, READS, Needs.NOTHING,
            "getLog of an index that was never written throws LogNotFoundException carrying that index, never returns null and never throws another exception.",
            "Raft compares the error with ErrLogNotFound to decide to send a snapshot; any other error stalls the follower.",
            "raft replication.go; raft-wal PR #2 / commit 2113608 (Consul 1.15.0-1.15.1 followers could not catch up)"),
    READ_DELETED("LS-READ-02", MUST, READS, Needs.NOTHING,
            "getLog of a deleted index throws LogNotFoundException.",
            "After compaction raft must learn that an entry is gone, not read a stale copy.",
            "contract rules 3, 4, 18"),
    READ_ZERO("LS-READ-03", MUST, READS, Needs.NOTHING,
            "getLog(0) throws LogNotFoundException, whatever the store holds.",
            "Raft passes FirstIndex() of an empty store (0) to GetLog; index 0 is never a real entry.",
            "contract rules 1 and 12"),

    TRIP_HEADER("LS-TRIP-01", MUST, ROUND_TRIP, Needs.NOTHING,
            "Index, term and type survive storeLogs and getLog unchanged, for every LogType.",
            "Raft compares terms to find conflicts and dispatches on the type (configuration, barrier, noop).",
            "contract rule 14; raft log.go (LogType codes 0..5)"),
    TRIP_BYTES("LS-TRIP-02", MUST, ROUND_TRIP, Needs.NOTHING,
            "Data and extensions survive byte for byte, absent, empty or not, each independently of the other.",
            "Extensions carry middleware state (e.g. go-raftchunking); losing them when data is empty corrupts the FSM input.",
            "contract rules 13 and 14; raft log.go (Extensions)"),
    TRIP_APPENDED_AT("LS-TRIP-03", MUST, ROUND_TRIP, Needs.NOTHING,
            "appendedAt survives to the nanosecond, and an absent appendedAt stays absent.",
            "The oldest-log-age metric reads it; a store that invents or truncates times misreports it.",
            "raft PR #452 (AppendedAt); raft #473 and raft-boltdb PR #38 (time encoding)"),
    TRIP_LARGE("LS-TRIP-04", MUST, ROUND_TRIP, Needs.NOTHING,
            "Entries up to the declared maximum entry size (8 MiB unless the store declares otherwise) round trip.",
            "Large configuration entries and batched commands reach megabytes.",
            "contract rule 17 (InmemStore and BoltStore handle 8 MiB; raft-wal reads up to 64 MiB)"),
    TRIP_EXTREMES("LS-TRIP-05", MUST, ROUND_TRIP, Needs.NOTHING,
            "Indexes and terms up to Long.MAX_VALUE round trip, and the bounds arithmetic near them does not overflow.",
            "hashicorp's indexes are uint64; a store must not truncate them to int or overflow computing max + 1.",
            "raft log.go (uint64 Index and Term); InmemStore's DeleteRange (max + 1)"),
    TRIP_EXTREME_TIMES("LS-TRIP-06", SHOULD, ROUND_TRIP, Needs.NOTHING,
            "appendedAt values far from the present (year 1, before 1970, after 2262, year 9999) survive exactly.",
            "An encoding as epoch nanoseconds overflows in 2262; a caller may carry any clock value.",
            "raft #473 (time encoding); Java Instant range"),
    TRIP_NO_STALE_FIELDS("LS-TRIP-07", MUST, ROUND_TRIP, Needs.NOTHING,
            "getLog returns every field of the requested entry and nothing left over from an entry read before.",
            "Go's GetLog fills a caller's struct; a store reusing buffers can leak Extensions or AppendedAt of a previous read.",
            "contract rule 15"),

    ALIAS_INPUT("LS-ALIAS-01", MUST, ALIASING, Needs.NOTHING,
            "Changing a caller's data or extensions array after storeLogs returns does not change the stored entry.",
            "Raft reuses buffers; a store that keeps the caller's array returns whatever the caller wrote later.",
            "contract rule 16 (InmemStore and LogCache keep the caller's object)"),
    ALIAS_OUTPUT("LS-ALIAS-02", MUST, ALIASING, Needs.NOTHING,
            "Changing an array returned by getLog does not change the stored entry or what a later getLog returns.",
            "A shared read buffer hands one caller's bytes to another.",
            "contract rule 16; raft-wal commit 1cab18f (race from a pooled read buffer)"),

    DELETE_PREFIX("LS-DELETE-01", MUST, DELETE_RANGE, Needs.NOTHING,
            "A prefix delete deleteRange(firstIndex(), k) makes firstIndex() k + 1, keeps lastIndex(), and makes every index <= k not-found.",
            "Compaction after a snapshot deletes a prefix, from the snapshot thread and the main loop.",
            "contract rule 3; raft snapshot.go (compactLogsWithTrailing)"),
    DELETE_SUFFIX("LS-DELETE-02", MUST, DELETE_RANGE, Needs.NOTHING,
            "A suffix delete deleteRange(k, lastIndex()) makes lastIndex() k - 1 and keeps firstIndex().",
            "On a term conflict a follower deletes its suffix and appends the leader's entries.",
            "contract rule 4; raft raft.go (appendEntries)"),
    DELETE_ALL("LS-DELETE-03", MUST, DELETE_RANGE, Needs.NOTHING,
            "Deleting every entry makes firstIndex() == lastIndex() == 0, and the next batch may start at any index.",
            "RecoverCluster and the monotonic snapshot-restore path empty the log and append elsewhere.",
            "contract rule 5; raft api.go (RecoverCluster); raft PR #545"),
    DELETE_INCLUSIVE("LS-DELETE-04", MUST, DELETE_RANGE, Needs.NOTHING,
            "deleteRange(min, max) deletes both min and max and keeps min - 1 and max + 1.",
            "The interface says the range is inclusive; an off-by-one keeps a conflicting entry or deletes a committed one.",
            "raft log.go (DeleteRange: the range is inclusive); contract rule 7"),
    DELETE_MIN_ABOVE_MAX("LS-DELETE-05", MUST, DELETE_RANGE, Needs.NOTHING,
            "deleteRange with min > max changes nothing.",
            "Raft has passed min > max (compaction with nothing to compact).",
            "raft #358; contract rule 7 (InmemStore: 5..10 + DeleteRange(3,1) gives First 2)"),
    DELETE_CLAMPED("LS-DELETE-06", MUST, DELETE_RANGE, Needs.NOTHING,
            "A range partly or wholly outside the stored entries deletes only stored entries and leaves correct bounds, for min = 0 and max = Long.MAX_VALUE too.",
            "Raft passes FirstIndex() of an empty store (0) as min and compacts past what a follower holds.",
            "contract rule 7 (InmemStore: 1..10 + DeleteRange(0,100) gives 101 / 2^64-1; 5..10 + DeleteRange(1,2) gives First 3)"),
    DELETE_ON_EMPTY("LS-DELETE-07", MUST, DELETE_RANGE, Needs.NOTHING,
            "deleteRange on an empty store changes nothing: both bounds stay 0.",
            "Raft compacts right after start, before anything was appended.",
            "contract rule 7 (InmemStore: empty + DeleteRange(0,5) gives First 6 / Last 2^64-1)"),
    DELETE_THEN_APPEND("LS-DELETE-08", MUST, DELETE_RANGE, Needs.NOTHING,
            "After a suffix delete, a batch starting at the new lastIndex() + 1 is stored and replaces the deleted entries.",
            "'Delete the conflicting suffix, then append' is how every follower repairs its log.",
            "contract rule 10; raft raft.go (appendEntries)"),

    GAPS("LS-GENERAL-01", MUST, GENERAL_PROFILE, Needs.GENERAL_PROFILE,
            "A batch may start after a gap: the bounds span both runs and indexes in the gap are not-found.",
            "General stores (InmemStore, BoltStore) keep what raft writes after a snapshot restore, leaving a gap.",
            "contract rule 11"),
    OUT_OF_ORDER("LS-GENERAL-02", MUST, GENERAL_PROFILE, Needs.GENERAL_PROFILE,
            "Entries written below firstIndex() or in a batch out of index order give true bounds: the lowest and highest stored index.",
            "A store that tracks bounds from the first and last element of a batch reports entries it does not have.",
            "contract rule 11 (InmemStore: 5..10 then 3 leaves First 5; batch [3,1,2] gives First = Last = 3)"),
    OVERWRITE("LS-GENERAL-03", MUST, GENERAL_PROFILE, Needs.GENERAL_PROFILE,
            "Storing an entry at an index that holds one replaces it completely.",
            "InmemStore and BoltStore replace; a store that keeps the old entry serves a stale term after a conflict.",
            "contract rule 10"),
    MIDDLE_DELETE("LS-GENERAL-04", MUST, GENERAL_PROFILE, Needs.GENERAL_PROFILE,
            "A delete strictly inside the stored range removes exactly that range and keeps both bounds.",
            "A general store promises set semantics; moving a bound on a middle delete loses entries.",
            "contract rule 6"),

    MONOTONIC_FLAG("LS-MONO-01", MUST, MONOTONIC_PROFILE, Needs.NOTHING,
            "isMonotonic() returns true exactly when the store declares the monotonic profile.",
            "Raft empties a monotonic store after a snapshot restore; a store that cannot hold gaps but says otherwise breaks on the gap.",
            "raft log.go (MonotonicLogStore, v1.4.0); raft PR #545; LogCache passes IsMonotonic through"),
    MONOTONIC_CONTIGUOUS("LS-MONO-02", MUST, MONOTONIC_PROFILE, Needs.MONOTONIC_PROFILE,
            "A monotonic store rejects a batch that does not continue at lastIndex() + 1 or that skips an index, with an exception, and changes nothing.",
            "A monotonic store that accepts a gap silently returns not-found for entries raft thinks exist.",
            "contract rule 11 (raft-wal rejects non-contiguous appends)"),
    MONOTONIC_NO_OVERWRITE("LS-MONO-03", MUST, MONOTONIC_PROFILE, Needs.MONOTONIC_PROFILE,
            "A monotonic store rejects a write at an index it already holds, with an exception, and changes nothing.",
            "Raft deletes a conflicting suffix before appending; a silent overwrite on an append-only log corrupts it.",
            "contract rule 10 (raft-wal rejects overwrites)"),
    MONOTONIC_NO_MIDDLE_DELETE("LS-MONO-04", MUST, MONOTONIC_PROFILE, Needs.MONOTONIC_PROFILE,
            "A monotonic store rejects a delete strictly inside its range, with an exception, and changes nothing.",
            "Only prefix and suffix deletes keep a log contiguous.",
            "contract rule 6 (raft-wal: only suffix or prefix ranges may be deleted)"),

    ARGS_NEGATIVE("LS-ARGS-01", MUST, ARGUMENTS, Needs.NOTHING,
            "A negative index passed to getLog or deleteRange is rejected with IllegalArgumentException and changes nothing.",
            "Java longs are signed where raft's indexes are not; a negative index is a caller bug to report, not a range to clamp.",
            "raft log.go (uint64 indexes)"),
    ARGS_NULL("LS-ARGS-02", MUST, ARGUMENTS, Needs.NOTHING,
            "A null batch, a null element in a batch, or storeLog(null) is rejected with NullPointerException or IllegalArgumentException and changes nothing.",
            "A silently skipped null entry loses an entry the caller believes stored.",
            "contract rule 8"),
    ARGS_MESSAGE("LS-ARGS-03", SHOULD, ARGUMENTS, Needs.NOTHING,
            "Every rejected call carries a message that says what was wrong.",
            "An operator reading a log of a failed node needs to know which argument was refused.",
            "raftlog standards: clear errors"),

    RESTART_CONTENT("LS-RESTART-01", MUST, RESTART, Needs.REOPEN,
            "After close and reopen, firstIndex(), lastIndex() and every entry are as before.",
            "NewRaft reads LastIndex and GetLog(LastIndex) and replays every entry after the snapshot; any error panics.",
            "contract rules 19 and 20; raft api.go (NewRaft, liveBootstrap)"),
    RESTART_DELETES("LS-RESTART-02", MUST, RESTART, Needs.REOPEN,
            "Prefix, suffix and full deletes survive a reopen: deleted entries stay deleted and the bounds stay where they were.",
            "A resurrected suffix re-introduces entries from a lost term; a forgotten prefix delete reports entries that are gone.",
            "raft-wal #31 / #33 (suffix delete + restart: 'sealed segment has no index block')"),
    RESTART_APPEND("LS-RESTART-03", MUST, RESTART, Needs.REOPEN,
            "After a reopen, appending at lastIndex() + 1 works and getLog(lastIndex()) succeeds.",
            "A restarted follower continues its log where it stopped.",
            "contract rule 20; raft-wal 599b485 / f7e2f7d / 54d80f0 (missing or empty tail file after restart)"),
    RESTART_EMPTY("LS-RESTART-04", MUST, RESTART, Needs.REOPEN,
            "A store reopened without ever being written, or after everything was deleted, is empty: both bounds 0.",
            "A new node restarts before its first append; an empty tail file must not read as entries.",
            "raft-wal f7e2f7d (empty tail file)"),

    MODEL_SEQUENCES("LS-MODEL-01", MUST, MODEL, Needs.NOTHING,
            "Any sequence of appends, deletes, reads (and reopens, when reopenable) behaves like the reference model of the store's profile after every step.",
            "Bugs hide in combinations no example names; the model is the contract made executable.",
            "contract rules 1-17 and 20"),

    CONC_WHOLE_BATCHES("LS-CONC-01", MUST, CONCURRENCY, Needs.NOTHING,
            "Under concurrent calls, a reader never sees part of a batch: no entry of a batch is visible before all of it is.",
            "Raft reads lastIndex() and then getLog up to it; a half-visible batch makes replication fail or report entries missing.",
            "contract rule 18; raft #429 / PR #460 (LogCache exposed a batch before the store had it); raft-wal #32"),
    CONC_TRUNCATED_READ("LS-CONC-02", MUST, CONCURRENCY, Needs.NOTHING,
            "A read of an index being truncated returns not-found or the old entry, never garbage or another index's entry.",
            "Replication treats only ErrLogNotFound as 'send a snapshot'; garbage would be shipped to followers as real entries.",
            "contract rule 18; raft-wal commit 1cab18f (race from a pooled read buffer); raft snapshot.go (compactLogs)"),
    CONC_BOUNDS_ORDER("LS-CONC-03", MUST, CONCURRENCY, Needs.NOTHING,
            "firstIndex() <= lastIndex() whenever both are non-zero, at every moment of a concurrent run.",
            "The snapshot goroutine and replication compute ranges from the two bounds read separately.",
            "contract rule 18; raft snapshot.go (compactLogs reads FirstIndex and LastIndex)"),
    CONC_BOUNDS_MONOTONE("LS-CONC-04", MUST, CONCURRENCY, Needs.NOTHING,
            "Under concurrent calls, the bounds never move backwards except by a delete.",
            "Replication's nextIndex and the oldest-log-age metric trust a bound once they have read it.",
            "contract rule 18; raft replication.go, raft.go (oldestLogAge metric)"),
    CONC_LIVENESS("LS-CONC-05", MUST, CONCURRENCY, Needs.NOTHING,
            "Under concurrent calls, no call deadlocks, hangs or throws anything but the contract's exceptions.",
            "Raft panics on unexpected store errors, and a stuck store halts the main loop.",
            "contract rule 18; raft raft.go (panics on store errors)"),
    CONC_LINEARIZABLE("LS-CONC-06", MUST, CONCURRENCY, Needs.NOTHING,
            "Every concurrent history of Raft's access pattern is linearizable with respect to the sequential model.",
            "Every goroutine of rule 18 uses the store as one atomic object; any non-linearizable result is an answer no order of calls could give.",
            "contract rule 18; Herlihy & Wing 1990; Wing & Gong 1993; Porcupine"),

    CRASH_ACKNOWLEDGED_SURVIVE("LS-CRASH-01", MUST, CRASH, Needs.CRASH_TESTABLE,
            "After a crash that loses only unsynced writes and directory operations, the store reopens and reads without error, and every batch acknowledged before the crash and not deleted by an acknowledged delete is there, entry for entry.",
            "Raft treats a returned StoreLogs as durable: it counts the entry towards a commit quorum and may apply it; a lost acknowledged entry can undo a committed decision.",
            "contract rule 19; CrashMonkey/ACE (OSDI'18); ALICE (OSDI'14); LazyFS (VLDB'24); raft-wal 599b485 / f7e2f7d / 54d80f0 (crash-recovery bugs found with an ALICE harness)"),
    CRASH_IN_FLIGHT_ATOMIC("LS-CRASH-02", MUST, CRASH, Needs.CRASH_TESTABLE,
            "A batch or delete that was in flight when the crash happened is, after reopen, either wholly applied or not applied at all.",
            "Raft never acknowledged the in-flight call, so it may find either outcome; half a batch or half a delete is a log state raft never produced.",
            "contract rule 8; raft #429 / PR #460 (cached before durable); raft-wal (commit frame + one fsync; recovery drops a torn last batch)"),
    CRASH_DELETE_NOT_UNDONE("LS-CRASH-03", MUST, CRASH, Needs.CRASH_TESTABLE,
            "An acknowledged delete (suffix, prefix or middle) is never undone by a crash: deleted entries do not come back.",
            "A resurrected suffix brings back entries of a term the leader overruled; raft would then apply conflicting entries.",
            "contract rules 3, 4 and 19; raft-wal #31 / #33 (suffix delete + restart)"),
    CRASH_NOTHING_INVENTED("LS-CRASH-04", MUST, CRASH, Needs.CRASH_TESTABLE,
            "After a crash the store returns nothing that was never written: no entry at an index never stored, no entry bytes never stored (a torn tail is not data), and bounds that match the entries it holds.",
            "A torn tail read as an entry hands raft a command nobody proposed, with a plausible index and term.",
            "Protocol-Aware Recovery (FAST'18); LazyFS torn-op / torn-seq (VLDB'24); FoundationDB AsyncFileNonDurable"),
    CRASH_CORRUPTION_REPORTED("LS-CRASH-05", MUST, CRASH, Needs.CRASH_TESTABLE,
            "Damage to acknowledged data that later acknowledged data follows (a flipped bit, a zeroed or garbage sector) is reported by an IOException that is not LogNotFoundException, at open or when a damaged entry is read; it is never returned as data or silently dropped.",
            "Unlike a torn unacknowledged tail, damaged acknowledged entries may be committed; truncating them silently loses committed data, and a LogNotFoundException makes raft think they were compacted.",
            "CORDS (FAST'17: all 8 systems mishandled single-block faults); Protocol-Aware Recovery (FAST'18: LogCabin and ZooKeeper lose data)"),
    FSYNC_FAILURE_NOT_ACKNOWLEDGED("LS-FSYNC-01", MUST, DURABILITY, Needs.CRASH_TESTABLE,
            "When an fsync fails, the call that needed it throws and acknowledges nothing, and no later call claims that data durable: everything acknowledged after the failure survives a crash.",
            "After a failed fsync Linux marks the dirty pages clean: a retried fsync succeeds and the data is gone at the next crash.",
            "fsync failures (ATC'20: PostgreSQL, LMDB, LevelDB, SQLite, Redis mishandle it); PostgreSQL 'fsyncgate' (2018); raft-wal #32 (writer state after a failed write)"),
    FSYNC_DISK_FULL("LS-FSYNC-02", MUST, DURABILITY, Needs.CRASH_TESTABLE,
            "When the disk is full, storeLogs throws an IOException and acknowledges nothing, every acknowledged entry stays readable (also after a crash), and once space returns the store accepts appends again, at the latest after a reopen.",
            "A full disk is an operational event: a node must stop cleanly, keep its log, and come back when an operator frees space.",
            "CORDS (FAST'17: ENOSPC); LazyFS (VLDB'24); raft-wal #32 (writer state advanced after a failed write)");

    private final String id;
    private final Level level;
    private final Area area;
    private final Needs needs;
    private final String sentence;
    private final String rationale;
    private final String evidence;

    Requirement(String id, Level level, Area area, Needs needs, String sentence, String rationale, String evidence) {
        this.id = id;
        this.level = level;
        this.area = area;
        this.needs = needs;
        this.sentence = sentence;
        this.rationale = rationale;
        this.evidence = evidence;
    }

    /** The stable ID, e.g. {@code LS-DELETE-04}. */
    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public Area area() {
        return area;
    }

    /** What a store must declare for this rule to apply. */
    public Needs needs() {
        return needs;
    }

    /** The rule in one sentence. */
    public String sentence() {
        return sentence;
    }

    /** Why Raft needs it. */
    public String rationale() {
        return rationale;
    }

    /** Where the behaviour or the bug it prevents is documented. */
    public String evidence() {
        return evidence;
    }

    /** "LS-DELETE-04 (MUST)" */
    public String label() {
        return id + " (" + level + ")";
    }

    /**
     * The requirement with this ID.
     *
     * @throws IllegalArgumentException naming the unknown ID
     */
    public static Requirement byId(String id) {
        for (Requirement r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown requirement ID '" + id + "' (see tck/REQUIREMENTS.md)");
    }
}
