package dev.raftlog.decorators.fs;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable capture of a {@link FaultyFileSystem} at one instant: what is durable and what
 * is still pending (unsynced writes, unsynced directory operations). Taking one costs a copy of
 * the bookkeeping, not of the data (content pages are shared), so a crash suite can capture one
 * after every operation of a single workload run ({@link FaultyFileSystem#onOperation}) and
 * crash each later, any number of times, under any model.
 */
public final class CrashImage {

    /** One node's state at capture time. */
    record NodeImage(int id, boolean directory, String path, PagedBytes durable, List<PendingWrite> pending,
                     Map<String, Integer> durableEntries) {
    }

    /** Called once per distinct crash state by {@link #forEachCrashState}. */
    @FunctionalInterface
    public interface CrashStateVisitor {
        /** Inspect (e.g. reopen the store on) one post-crash file system; it is closed afterwards. */
        void visit(FaultyFileSystem crashed) throws Exception;
    }

    /**
     * What an enumeration covered.
     *
     * @param distinctStates crash states handed to the visitor (distinct trees and contents)
     * @param choicePaths    decision sequences explored (several may give the same state)
     * @param complete       true if every decision sequence was explored, false if the limit stopped it
     */
    public record Enumeration(int distinctStates, long choicePaths, boolean complete) {
    }

    private final FsConfig config;
    private final int rootId;
    private final Map<Integer, NodeImage> nodes;
    private final List<DirOp> pendingDirOps;
    private final long operationIndex;

    CrashImage(FsConfig config, int rootId, Map<Integer, NodeImage> nodes, List<DirOp> pendingDirOps,
               long operationIndex) {
        this.config = config;
        this.rootId = rootId;
        this.nodes = Map.copyOf(nodes);
        this.pendingDirOps = pendingDirOps;
        this.operationIndex = operationIndex;
    }

    /** How many operations had completed when this image was taken (0 = none). */
    public long operationIndex() {
        return operationIndex;
    }

    /** Unsynced writes and truncations across all files. */
    public int unsyncedWrites() {
        return nodes.values().stream().mapToInt(n -> n.pending().size()).sum();
    }

    /** Creations, renames and deletions not yet made durable by a directory fsync. */
    public int unsyncedDirectoryOperations() {
        return pendingDirOps.size();
    }

    /**
     * The file system a machine would see after power loss at this instant, under {@code model},
     * every decision drawn from {@code seed}. Same image, model and seed: same state, same log.
     * The caller owns (and should close) the returned file system.
     */
    public FaultyFileSystem crash(CrashModel model, long seed) {
        Objects.requireNonNull(model, "model");
        PlannedState planned = new CrashPlanner(this, model, new SeededChoices(seed)).plan();
        return FaultyFileSystem.materialize(config, planned,
                new FaultEvent(FaultEvent.Kind.CRASH, "/", -1, -1,
                        "after operation " + operationIndex + ", " + model + ", seed " + seed));
    }

    /**
     * Visits every distinct post-crash state {@code model} allows from this image (every prefix,
     * subset or torn variant it can choose), up to {@code maxStates} states, for bounded
     * exhaustive testing. Each state is built, visited and closed in turn.
     */
    public Enumeration forEachCrashState(CrashModel model, int maxStates, CrashStateVisitor visitor) throws Exception {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(visitor, "visitor");
        if (maxStates < 1) {
            throw new IllegalArgumentException("maxStates must be >= 1, was " + maxStates);
        }
        ChoiceTree tree = new ChoiceTree();
        Set<String> seen = new HashSet<>();
        long paths = 0;
        boolean more = true;
        while (more && seen.size() < maxStates) {
            tree.begin();
            PlannedState planned = new CrashPlanner(this, model, tree).plan();
            paths++;
            if (seen.add(planned.digest())) {
                try (FaultyFileSystem fs = FaultyFileSystem.materialize(config, planned,
                        new FaultEvent(FaultEvent.Kind.CRASH, "/", -1, -1, "after operation " + operationIndex
                                + ", " + model + ", enumerated state " + seen.size()))) {
                    visitor.visit(fs);
                }
            }
            more = tree.advance();
        }
        return new Enumeration(seen.size(), paths, !more);
    }

    FsConfig config() {
        return config;
    }

    int rootId() {
        return rootId;
    }

    Map<Integer, NodeImage> nodes() {
        return nodes;
    }

    List<DirOp> pendingDirOps() {
        return pendingDirOps;
    }
}
