package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.util.List;

/**
 * Breaks LS-RESTART-01: its on-disk record has no appendedAt field (written by a codec older
 * than raft PR #452) while reads before a restart are served from memory, so every time round
 * trips until the store is reopened, then all come back absent.
 */
public class AppendedAtNotOnDisk extends DurableSortedMapStore {

    public AppendedAtNotOnDisk(SimulatedDisk disk) {
        super(disk);
    }

    @Override
    protected void persistBatch(List<Log> batch) {
        disk.write(batch.stream().map(log -> log.withAppendedAt(null)).toList());
    }
}
