package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.CRASH_ACKNOWLEDGED_SURVIVE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_CORRUPTION_REPORTED;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_DELETE_NOT_UNDONE;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_IN_FLIGHT_ATOMIC;
import static dev.raftlog.tck.catalogue.Requirement.CRASH_NOTHING_INVENTED;
import static dev.raftlog.tck.catalogue.Requirement.FSYNC_DISK_FULL;
import static dev.raftlog.tck.catalogue.Requirement.FSYNC_FAILURE_NOT_ACKNOWLEDGED;

import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.crash.CrashSuite;
import org.junit.jupiter.api.Test;

/**
 * The crash-conformance rules (tck/CRASH.md): the store runs on the kit's fault-injecting file
 * system, which is crashed at every fsync boundary and at random points of random workloads and
 * at every operation of every workload of up to 3 calls; the reopened store is checked against
 * an oracle. Plus single-fault corruption, fsync failure and disk full. They apply to durable
 * factories ({@code StoreFactory.durable(dir -> ...)}) that did not opt out with
 * {@code withoutCrashTests(reason)}; the four LS-CRASH-01..04 rules share one campaign, and the
 * other three run only when the store survives it (they crash the store too, and a plain crash
 * bug would otherwise be reported under their rule).
 */
public interface CrashRules extends KitRules {

    @Test
    @Verifies(CRASH_ACKNOWLEDGED_SURVIVE)
    default void acknowledgedBatchesSurviveEveryCrash() {
        CrashSuite.checkCrashes(kit().factory(), getClass(), CRASH_ACKNOWLEDGED_SURVIVE);
    }

    @Test
    @Verifies(CRASH_IN_FLIGHT_ATOMIC)
    default void inFlightCallIsAllOrNothingAfterACrash() {
        CrashSuite.checkCrashes(kit().factory(), getClass(), CRASH_IN_FLIGHT_ATOMIC);
    }

    @Test
    @Verifies(CRASH_DELETE_NOT_UNDONE)
    default void acknowledgedDeletesAreNeverUndoneByACrash() {
        CrashSuite.checkCrashes(kit().factory(), getClass(), CRASH_DELETE_NOT_UNDONE);
    }

    @Test
    @Verifies(CRASH_NOTHING_INVENTED)
    default void nothingUnwrittenAppearsAfterACrash() {
        CrashSuite.checkCrashes(kit().factory(), getClass(), CRASH_NOTHING_INVENTED);
    }

    @Test
    @Verifies(CRASH_CORRUPTION_REPORTED)
    default void damageToAcknowledgedDataIsReported() {
        CrashSuite.afterCrashCampaign(kit().factory(), getClass(), () -> CrashSuite.checkCorruption(kit().factory()));
    }

    @Test
    @Verifies(FSYNC_FAILURE_NOT_ACKNOWLEDGED)
    default void failedFsyncIsNeverAcknowledged() {
        CrashSuite.afterCrashCampaign(kit().factory(), getClass(), () -> CrashSuite.checkFsyncFailure(kit().factory()));
    }

    @Test
    @Verifies(FSYNC_DISK_FULL)
    default void diskFullLosesNothingAndRecovers() {
        CrashSuite.afterCrashCampaign(kit().factory(), getClass(), () -> CrashSuite.checkDiskFull(kit().factory()));
    }
}
