package dev.raftlog.decorators.fs;

import java.util.List;

/** Validated, immutable settings of a {@link FaultyFileSystem}; built by {@link FaultyFileSystem.Builder}. */
record FsConfig(int sectorSize, int pageSize, long diskBudget, List<FsyncFailure> fsyncFailures, long seed) {

    static final long UNLIMITED = Long.MAX_VALUE;

    FsConfig {
        if (sectorSize < 1 || Integer.bitCount(sectorSize) != 1) {
            throw new IllegalArgumentException("sector size must be a positive power of two, was " + sectorSize);
        }
        if (pageSize < 1 || Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException("page size must be a positive power of two, was " + pageSize);
        }
        if (pageSize < sectorSize) {
            throw new IllegalArgumentException(
                    "page size (" + pageSize + ") must be a multiple of the sector size (" + sectorSize + ")");
        }
        if (diskBudget < 0) {
            throw new IllegalArgumentException("disk budget must be >= 0 bytes, was " + diskBudget);
        }
        fsyncFailures = List.copyOf(fsyncFailures);
    }

    /** The configuration of the disk after a crash: same geometry, budget and seed, no fsync-failure rules. */
    FsConfig afterCrash() {
        return new FsConfig(sectorSize, pageSize, diskBudget, List.of(), seed);
    }
}
