package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import dev.raftlog.decorators.fs.CrashImage;
import java.util.List;
import java.util.Map;

/**
 * A moment of a workload run at which the disk is captured for crashing.
 *
 * @param operation   the file-system operation just completed ({@code FsOperation.index()}), or the
 *                    operation count at the end of the run
 * @param what        that operation, for people ("FSYNC /raft/log/log.dat")
 * @param image       the durable and pending disk state at that moment
 * @param without     what the store must hold if the call in flight is not applied (everything acknowledged)
 * @param with        what it must hold if the call in flight is applied (same as {@code without} when none)
 * @param step        index in the workload of the call in flight; -1 while the store is being opened,
 *                    the workload's size after the last call returned
 * @param inFlight    whether a call was running at that moment
 * @param written     every entry passed to storeLogs so far, in flight included, by index
 */
record CrashPoint(long operation, String what, CrashImage image, LogState without, LogState with, int step,
        boolean inFlight, Map<Long, List<Log>> written) {
}
