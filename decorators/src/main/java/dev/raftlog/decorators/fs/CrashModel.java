package dev.raftlog.decorators.fs;

import java.util.Objects;

/**
 * How a simulated power loss treats data and directory entries that were not yet durable.
 * Immutable; combine a {@link WriteLoss} with a {@link DirOpLoss} and a {@link TornFill}.
 * The presets cover the usual models; {@link #of} builds any combination.
 */
public final class CrashModel {

    /** Lose every unsynced write and every unsynced directory operation (the strictest power loss). */
    public static final CrashModel LOSE_ALL_UNSYNCED = of(WriteLoss.LOSE_ALL, DirOpLoss.LOSE_ALL);
    /** A process crash: nothing is lost, the kernel still had everything. */
    public static final CrashModel PROCESS_CRASH = of(WriteLoss.KEEP_ALL, DirOpLoss.KEEP_ALL);
    /** A random prefix of each file's unsynced writes and of the unsynced directory operations survives. */
    public static final CrashModel KEEP_RANDOM_PREFIX = of(WriteLoss.KEEP_RANDOM_PREFIX, DirOpLoss.KEEP_RANDOM_PREFIX);
    /** Like {@link #KEEP_RANDOM_PREFIX}, and the write in flight after the prefix is torn at sector granularity. */
    public static final CrashModel TORN = of(WriteLoss.TORN, DirOpLoss.KEEP_RANDOM_PREFIX);
    /** Any subset of the unsynced page-sized pieces survives; directory operations survive as a prefix. */
    public static final CrashModel REORDER = of(WriteLoss.REORDER, DirOpLoss.KEEP_RANDOM_PREFIX);
    /** Unsynced writes survive but unsynced creations, renames and deletions are lost. */
    public static final CrashModel LOSE_UNSYNCED_DIR_OPS = of(WriteLoss.KEEP_ALL, DirOpLoss.LOSE_ALL);

    private final WriteLoss writes;
    private final DirOpLoss dirOps;
    private final TornFill tornFill;
    private final boolean wholeSectorTears;

    private CrashModel(WriteLoss writes, DirOpLoss dirOps, TornFill tornFill, boolean wholeSectorTears) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.dirOps = Objects.requireNonNull(dirOps, "dirOps");
        this.tornFill = Objects.requireNonNull(tornFill, "tornFill");
        this.wholeSectorTears = wholeSectorTears;
    }

    /** A model with the given write and directory-operation loss; torn sectors hold garbage within the write. */
    public static CrashModel of(WriteLoss writes, DirOpLoss dirOps) {
        return new CrashModel(writes, dirOps, TornFill.GARBAGE, false);
    }

    /** The same model with torn sectors filled as given (only matters for {@link WriteLoss#TORN}). */
    public CrashModel withTornFill(TornFill fill) {
        return new CrashModel(writes, dirOps, fill, wholeSectorTears);
    }

    /**
     * The same model where a zeroed or garbage sector covers the whole sector, also the bytes the
     * torn write did not cover (which may have been durable): a device without atomic sector
     * writes. By default only the bytes the write covered are damaged, so a torn append never
     * harms acknowledged bytes that share its first sector.
     */
    public CrashModel withWholeSectorTears(boolean whole) {
        return new CrashModel(writes, dirOps, tornFill, whole);
    }

    /** Whether zeroed or garbage torn sectors cover the whole sector (see {@link #withWholeSectorTears}). */
    public boolean wholeSectorTears() {
        return wholeSectorTears;
    }

    public WriteLoss writes() {
        return writes;
    }

    public DirOpLoss dirOps() {
        return dirOps;
    }

    public TornFill tornFill() {
        return tornFill;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrashModel m && m.writes == writes && m.dirOps == dirOps && m.tornFill == tornFill
                && m.wholeSectorTears == wholeSectorTears;
    }

    @Override
    public int hashCode() {
        return Objects.hash(writes, dirOps, tornFill, wholeSectorTears);
    }

    @Override
    public String toString() {
        return "CrashModel[writes=" + writes + ", dirOps=" + dirOps + ", tornFill=" + tornFill
                + (wholeSectorTears ? ", wholeSectorTears" : "") + "]";
    }
}
