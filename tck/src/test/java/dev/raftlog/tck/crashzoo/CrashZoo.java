package dev.raftlog.tck.crashzoo;

import static dev.raftlog.tck.catalogue.Requirement.CRASH_ACKNOWLEDGED_SURVIVE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_CORRUPTION_REPORTED;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_DELETE_NOT_UNDONE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_IN_FLIGHT_ATOMIC;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_NOTHING_INVENTED;
import static dev.raftlog.tck.catalogue.Requirement.FSYNC_DISK_FULL;
import static dev.raftlog.tck.catalogue.Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.catalogue.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * The crash zoo: {@link FrameFileStore} with one real-world crash bug each, and the rule the
 * crash suite must fail it with. The correct variant ({@link #CORRECT}) must pass the whole suite.
 */
public final class CrashZoo {

    /** One broken file store: its name, its flaw, the rule it breaks and its story in one sentence. */
    public record CrashSpecimen(String name, FrameFileStore.Flaw flaw, Requirement breaks, String story) {
        public CrashSpecimen {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(flaw, name);
            Objects.requireNonNull(story, name);
        }

        /** A durable factory opening this variant on the kit's directory. */
        public StoreFactory factory() {
            return StoreFactory.durable(dir -> FrameFileStore.open(dir, flaw)).describedAs("crash zoo: " + name);
        }
    }

    /** The correct file store: one checksummed record, one fsync per call, protocol-aware recovery. */
    public static final CrashSpecimen CORRECT = new CrashSpecimen("FrameFileStore", FrameFileStore.Flaw.NONE, null,
            "One file of checksummed records, one write and one fsync per call, torn tails cut and damage reported.");

    private static final List<CrashSpecimen> ALL = List.of(
            new CrashSpecimen("NoFsync", FrameFileStore.Flaw.NO_FSYNC, CRASH_ACKNOWLEDGED_SURVIVE,
                    "Acknowledges batches that are only in the page cache (never calls force)."),
            new CrashSpecimen("FsyncBeforeLastWrite", FrameFileStore.Flaw.FSYNC_BEFORE_LAST_WRITE, CRASH_ACKNOWLEDGED_SURVIVE,
                    "Calls force before writing the last byte of the record, so the acknowledged record is incomplete on disk."),
            new CrashSpecimen("NoDirectoryFsync", FrameFileStore.Flaw.NO_DIRECTORY_FSYNC, CRASH_ACKNOWLEDGED_SURVIVE,
                    "Creates its log file without fsyncing the directory, so a crash can take the whole file away."),
            new CrashSpecimen("RecoveryRewritesInPlace", FrameFileStore.Flaw.RECOVERY_REWRITES_IN_PLACE, CRASH_ACKNOWLEDGED_SURVIVE,
                    "Repairs a torn tail at open by emptying the file and writing the good part back, so a crash during recovery loses it all."),
            new CrashSpecimen("TornTailReadAsData", FrameFileStore.Flaw.TORN_TAIL_READ_AS_DATA, CRASH_NOTHING_INVENTED,
                    "Recovery trusts record lengths and never checks checksums, so a torn tail is read back as entries."),
            new CrashSpecimen("SuffixDeleteNotDurable", FrameFileStore.Flaw.SUFFIX_DELETE_NOT_DURABLE, CRASH_DELETE_NOT_UNDONE,
                    "Keeps a suffix delete in memory until the next append writes it (raft-wal #31/#33 territory)."),
            new CrashSpecimen("BatchWithoutCommit", FrameFileStore.Flaw.BATCH_WITHOUT_COMMIT, CRASH_IN_FLIGHT_ATOMIC,
                    "Writes each entry of a batch as its own record with no commit marker, so a crash keeps half a batch."),
            new CrashSpecimen("ChecksumOnlyOnTail", FrameFileStore.Flaw.CHECKSUM_ONLY_ON_TAIL, CRASH_CORRUPTION_REPORTED,
                    "Verifies the checksum of the last record only, so a damaged earlier entry is returned as data."),
            new CrashSpecimen("TruncatesAtDamage", FrameFileStore.Flaw.TRUNCATES_AT_DAMAGE, CRASH_CORRUPTION_REPORTED,
                    "Treats any bad record as a torn tail and cuts the log there, silently dropping acknowledged entries (FAST'18)."),
            new CrashSpecimen("RetriesFailedFsync", FrameFileStore.Flaw.RETRIES_FAILED_FSYNC, FSYNC_FAILURE_NOT_ACKNOWLEDGED,
                    "Retries a failed fsync, which Linux then reports as a success although the data was dropped (ATC'20)."),
            new CrashSpecimen("DiskFullSwallowed", FrameFileStore.Flaw.DISK_FULL_SWALLOWED, FSYNC_DISK_FULL,
                    "Catches the out-of-space error and acknowledges the batch from memory, meaning to write it later."));

    private CrashZoo() {
    }

    /** Every broken specimen. */
    public static List<CrashSpecimen> all() {
        return ALL;
    }
}
