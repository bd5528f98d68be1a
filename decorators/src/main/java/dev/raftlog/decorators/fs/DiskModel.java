package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the disk holds durably, beside the live view (the Jimfs underneath). Every mutating
 * operation is recorded here under this object's lock, in the order it took effect on Jimfs,
 * and counted as a crash point. All methods must be called holding the lock
 * ({@code synchronized (model)}), so that a Jimfs change and its record are one step.
 */
final class DiskModel {

    private final FsConfig config;
    private final FaultLog log;
    private final SplittableRandom random;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<DirOp> pendingDirOps = new ArrayList<>();
    private final List<FsyncFailure> fsyncRules;
    private final int rootId;
    private long operations;
    private final Map<FsyncFailure, Long> matchingForces = new java.util.IdentityHashMap<>();
    private long successfulSyncs;
    private long liveBytes;
    private FsOperationListener listener;

    DiskModel(FsConfig config, FaultLog log, int rootId) {
        this.config = config;
        this.log = log;
        this.random = new SplittableRandom(config.seed());
        this.fsyncRules = new CopyOnWriteArrayList<>(config.fsyncFailures());
        this.rootId = rootId;
        nodes.put(rootId, new Node(rootId, true, "/"));
    }

    FsConfig config() {
        return config;
    }

    FaultLog log() {
        return log;
    }

    SplittableRandom random() {
        return random;
    }

    long operations() {
        return operations;
    }

    long successfulSyncs() {
        return successfulSyncs;
    }

    long liveBytes() {
        return liveBytes;
    }

    void listener(FsOperationListener l) {
        this.listener = l;
    }

    void addFsyncRule(FsyncFailure rule) {
        fsyncRules.add(rule);
    }

    Node node(int id, boolean directory, String path) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new IllegalStateException("untracked " + (directory ? "directory " : "file ") + path
                    + " (created outside the faulty file system?)");
        }
        n.path = path;
        return n;
    }

    Map<Integer, Node> nodes() {
        return nodes;
    }

    /** Installs a node that is durable as it stands (used when materializing a post-crash state). */
    Node adopt(int id, boolean directory, String path, PagedBytes content) {
        Node n = new Node(id, directory, path);
        n.durable = content;
        n.liveSize = content.size();
        liveBytes += content.size();
        nodes.put(id, n);
        return n;
    }

    /** Throws "No space left on device" if growing the live data by {@code growth} exceeds the budget. */
    void checkSpace(String path, long offset, long growth) throws IOException {
        if (growth > 0 && liveBytes + growth > config.diskBudget()) {
            log.add(new FaultEvent(FaultEvent.Kind.DISK_FULL, path, offset, growth,
                    "budget " + config.diskBudget() + " B, in use " + liveBytes + " B; nothing written"));
            throw new IOException(path + ": No space left on device");
        }
    }

    void recordWrite(Node n, long offset, byte[] bytes, long newLiveSize) {
        n.pending.add(PendingWrite.write(offset, bytes));
        setLiveSize(n, newLiveSize);
        fire(FsOperation.Kind.WRITE, n.path, offset, bytes.length);
    }

    void recordResize(Node n, long newSize) {
        n.pending.add(PendingWrite.resize(newSize));
        setLiveSize(n, newSize);
        fire(FsOperation.Kind.TRUNCATE, n.path, newSize, -1);
    }

    private void setLiveSize(Node n, long size) {
        liveBytes += size - n.liveSize;
        n.liveSize = size;
    }

    /** A file force: applies the fsync-failure rules, then makes the pending writes durable. */
    void fsync(Node n) throws IOException {
        if (n.failAlways) {
            failFsync(n, FsyncSemantics.FAIL_ALWAYS, "still failing (fail-always semantics)");
        }
        for (FsyncFailure rule : fsyncRules) {
            if (!rule.matches(n.path)) {
                continue;
            }
            long ordinal = matchingForces.merge(rule, 1L, Long::sum);
            double draw = rule.isProbabilistic() ? random.nextDouble() : 0;
            if (rule.fires(ordinal, draw)) {
                if (rule.semantics() == FsyncSemantics.LINUX) {
                    int dropped = n.pending.size();
                    n.pending.clear();
                    failFsync(n, FsyncSemantics.LINUX, "Linux semantics: dirty pages dropped ("
                            + dropped + " unsynced writes will not survive a crash)");
                }
                n.failAlways = true;
                failFsync(n, FsyncSemantics.FAIL_ALWAYS, "fail-always semantics: every later fsync fails too");
            }
        }
        PagedBytes content = n.durable;
        for (PendingWrite w : n.pending) {
            content = w.applyTo(content);
        }
        n.durable = content;
        n.pending.clear();
        successfulSyncs++;
        fire(FsOperation.Kind.FSYNC, n.path, -1, -1);
    }

    private void failFsync(Node n, FsyncSemantics semantics, String why) throws IOException {
        String message = "injected fsync failure on " + n.path + " (" + why + ")";
        log.add(new FaultEvent(FaultEvent.Kind.FSYNC_FAILED, n.path, -1, -1, semantics + ": " + why));
        fire(FsOperation.Kind.FSYNC_FAILED, n.path, -1, -1);
        throw new IOException(message);
    }

    /** A directory fsync: every pending creation, rename and deletion touching the directory becomes durable. */
    void dirFsync(Node dir) {
        Map<Integer, Map<String, Integer>> entries = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.directory) {
                entries.put(n.id, n.durableEntries);
            }
        }
        for (Iterator<DirOp> it = pendingDirOps.iterator(); it.hasNext(); ) {
            DirOp op = it.next();
            if (op.touches(dir.id)) {
                op.applyTo(entries);
                it.remove();
            }
        }
        successfulSyncs++;
        fire(FsOperation.Kind.DIR_FSYNC, dir.path, -1, -1);
    }

    void recordCreate(int parent, String name, int id, boolean directory, String path) {
        Node n = new Node(id, directory, path);
        nodes.put(id, n);
        pendingDirOps.add(DirOp.create(parent, name, id, "create " + (directory ? "directory " : "") + path));
        fire(directory ? FsOperation.Kind.CREATE_DIRECTORY : FsOperation.Kind.CREATE_FILE, path, -1, -1);
    }

    void recordDelete(int parent, String name, Node n, String path) {
        pendingDirOps.add(DirOp.delete(parent, name, n.id, "delete " + path));
        setLiveSize(n, 0);
        fire(FsOperation.Kind.DELETE, path, -1, -1);
    }

    void recordRename(int srcParent, String srcName, int dstParent, String dstName, Node n, Node replaced,
                      String from, String to) {
        pendingDirOps.add(DirOp.rename(srcParent, srcName, dstParent, dstName, n.id, "rename " + from + " -> " + to));
        if (replaced != null && replaced != n) {
            setLiveSize(replaced, 0);
        }
        n.path = to;
        fire(FsOperation.Kind.RENAME, from + " -> " + to, -1, -1);
    }

    /** An immutable copy of the durable state and everything pending, sharing content pages. */
    CrashImage image() {
        Map<Integer, CrashImage.NodeImage> copy = new HashMap<>();
        for (Node n : nodes.values()) {
            copy.put(n.id, new CrashImage.NodeImage(n.id, n.directory, n.path, n.durable,
                    List.copyOf(n.pending), n.directory ? Map.copyOf(n.durableEntries) : Map.of()));
        }
        return new CrashImage(config, rootId, copy, List.copyOf(pendingDirOps), operations);
    }

    private void fire(FsOperation.Kind kind, String path, long offset, long length) {
        operations++;
        FsOperationListener l = listener;
        if (l != null) {
            l.afterOperation(new FsOperation(operations, kind, path, offset, length));
        }
    }
}
