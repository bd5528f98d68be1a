package dev.raftlog.decorators.fs;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory file system (Jimfs underneath) that models what a disk does with data written
 * but not synced, and injects storage faults: crashes under a {@link CrashModel}, fsync
 * failures ({@link FsyncFailure}), disk full at a byte budget, and corruption of durable data.
 * Any code that takes a {@link Path} runs on it unchanged. Every fault decision comes from a
 * seed and is recorded in the {@link #faultLog()}.
 *
 * <p>Durability rules: a file's writes become durable when a {@code force()} on any channel of
 * that file succeeds; a creation, rename or deletion becomes durable when its directory is
 * fsynced with {@code try (FileChannel ch = FileChannel.open(dir, READ)) { ch.force(true); }}
 * (a rename across directories when either directory is). Reads always see the live data.
 *
 * <pre>{@code
 * FaultyFileSystem fs = FaultyFileSystem.builder().seed(42).build();
 * Path log = fs.getPath("/log");
 * ... run the store on log, then:
 * FaultyFileSystem after = fs.crash(CrashModel.TORN, 7);   // fs is dead from here on
 * ... reopen the store on after.getPath("/log") and check it
 * }</pre>
 */
public final class FaultyFileSystem extends FileSystem {

    private static final AtomicLong IDS = new AtomicLong();

    private final String id = "fs" + IDS.incrementAndGet();
    private final FileSystem jimfs;
    private final DiskModel model;
    private final FaultyFileSystemProvider provider;
    private final LockTable locks = new LockTable();
    private volatile String deathReason;
    private volatile boolean closed;

    private FaultyFileSystem(FsConfig config, FaultLog log) {
        this.jimfs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setWorkingDirectory("/").build());
        try {
            this.model = new DiskModel(config, log, FaultyFileSystemProvider.key(jimfs.getPath("/")));
        } catch (IOException e) {
            throw new IllegalStateException("Jimfs root has no file key", e);
        }
        this.provider = new FaultyFileSystemProvider(this, model);
    }

    /** A builder with the defaults: 512 B sectors, 4 KiB pages, no disk budget, no fsync failures, seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Writes a planned post-crash tree into a fresh file system whose content is all durable. */
    static FaultyFileSystem materialize(FsConfig config, PlannedState planned, FaultEvent crash) {
        FaultLog log = new FaultLog();
        log.add(crash);
        planned.events().forEach(log::add);
        // Fsync-failure rules belonged to the run before the crash; the recovery run starts clean.
        FaultyFileSystem fs = new FaultyFileSystem(config.afterCrash(), log);
        try {
            for (Map.Entry<String, byte[]> e : planned.entries().entrySet()) {
                Path p = fs.jimfs.getPath(e.getKey());
                byte[] bytes = e.getValue();
                if (bytes == null) {
                    Files.createDirectory(p);
                } else {
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        ch.write(ByteBuffer.wrap(bytes));
                    }
                }
                int key = FaultyFileSystemProvider.key(p);
                fs.model.adopt(key, bytes == null, e.getKey(), bytes == null ? PagedBytes.EMPTY : PagedBytes.of(bytes));
                Node parent = fs.model.nodes().get(FaultyFileSystemProvider.key(p.getParent()));
                parent.durableEntries.put(p.getFileName().toString(), key);
            }
        } catch (IOException e) {
            fs.closeQuietly();
            throw new IllegalStateException("could not materialize the post-crash state", e);
        }
        return fs;
    }

    // ---- the fault-injection API ----

    /** The record of every fault decision taken on this file system (and the crash that produced it). */
    public FaultLog faultLog() {
        return model.log();
    }

    /** Mutating operations completed so far (writes, truncations, fsyncs, creations, renames, deletions). */
    public long operationCount() {
        synchronized (model) {
            return model.operations();
        }
    }

    /** Successful file and directory fsyncs so far. */
    public long syncCount() {
        synchronized (model) {
            return model.successfulSyncs();
        }
    }

    /** Bytes of live file content, as counted against the disk budget. */
    public long liveBytes() {
        synchronized (model) {
            return model.liveBytes();
        }
    }

    /**
     * Calls {@code listener} after every mutating operation (null removes it). This is how a
     * crash suite picks crash points: take a {@link #crashImage()} at the operations it wants,
     * or call {@link #crash} from the listener to stop the workload there.
     */
    public void onOperation(FsOperationListener listener) {
        synchronized (model) {
            model.listener(listener);
        }
    }

    /** Adds an fsync-failure rule from now on (in addition to those given to the builder). */
    public void addFsyncFailure(FsyncFailure rule) {
        model.addFsyncRule(Objects.requireNonNull(rule, "rule"));
    }

    /** The durable and pending state right now; cheap, immutable, can be crashed many times. */
    public CrashImage crashImage() {
        synchronized (model) {
            return model.image();
        }
    }

    /**
     * Simulates power loss now: returns a new file system holding what the disk would hold under
     * {@code model} with every decision drawn from {@code seed}, and kills this one (every later
     * call on it, its paths or its channels throws {@link CrashedFileSystemException}). The new
     * file system keeps sector and page size, disk budget and seed, but no fsync-failure rules
     * (add some with {@link #addFsyncFailure} to fail the recovery too).
     */
    public FaultyFileSystem crash(CrashModel crashModel, long seed) {
        CrashImage image;
        synchronized (model) {
            checkOpen();
            image = model.image();
            model.log().add(new FaultEvent(FaultEvent.Kind.CRASH, "/", -1, -1,
                    "after operation " + image.operationIndex() + ", " + crashModel + ", seed " + seed));
            deathReason = "faulty file system " + id + " crashed (simulated power loss after operation "
                    + image.operationIndex() + "); handles from before the crash are dead: reopen on the file system crash() returned";
        }
        closeQuietly();
        return image.crash(crashModel, seed);
    }

    /**
     * Corrupts durable content of {@code path} at {@code offset} (which must lie inside the
     * durable content). The live view shows the damage too unless unsynced writes cover it.
     */
    public FaultEvent corrupt(Path path, long offset, Corruption corruption) throws IOException {
        return new CorruptionInjector(this, model).corrupt(FaultyPath.unwrap(this, path), offset, corruption);
    }

    /** Applies one fault of {@code kind} at a place drawn from this file system's seed, among files with durable content. */
    public FaultEvent corruptRandom(Corruption.Kind kind) throws IOException {
        return new CorruptionInjector(this, model).corruptRandom(Objects.requireNonNull(kind, "kind"));
    }

    public int sectorSize() {
        return model.config().sectorSize();
    }

    public int pageSize() {
        return model.config().pageSize();
    }

    // ---- java.nio.file.FileSystem ----

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            jimfs.close();
        } catch (IOException e) {
            // Jimfs closes in memory; nothing to lose here.
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && deathReason == null;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        checkOpen();
        List<Path> roots = new ArrayList<>();
        jimfs.getRootDirectories().forEach(r -> roots.add(new FaultyPath(this, r)));
        return roots;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        checkOpen();
        return jimfs.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return jimfs.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        checkOpen();
        return new FaultyPath(this, jimfs.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher inner = jimfs.getPathMatcher(syntaxAndPattern);
        return p -> p instanceof FaultyPath f && f.getFileSystem() == this && inner.matches(f.delegate());
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return jimfs.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("watch services are not supported by the faulty file system");
    }

    @Override
    public String toString() {
        return "FaultyFileSystem[" + id + "]";
    }

    // ---- internals ----

    String id() {
        return id;
    }

    FileSystem jimfs() {
        return jimfs;
    }

    LockTable locks() {
        return locks;
    }

    void checkOpen() {
        String reason = deathReason;
        if (reason != null) {
            throw new CrashedFileSystemException(reason);
        }
        if (closed) {
            throw new ClosedFileSystemException();
        }
    }

    /** Immutable configuration for a {@link FaultyFileSystem}, Jimfs style; validated by {@link #build()}. */
    public static final class Builder {
        private int sectorSize = 512;
        private int pageSize = 4096;
        private long diskBudget = FsConfig.UNLIMITED;
        private final List<FsyncFailure> fsyncFailures = new ArrayList<>();
        private long seed;

        private Builder() {
        }

        /** Sector size in bytes, the unit of torn writes and sector corruption (power of two; default 512). */
        public Builder sectorSize(int bytes) {
            this.sectorSize = bytes;
            return this;
        }

        /** Page size in bytes, the unit of reordered writeback (power of two, multiple of the sector size; default 4096). */
        public Builder pageSize(int bytes) {
            this.pageSize = bytes;
            return this;
        }

        /** Total live file bytes allowed; a write that would exceed it fails with "No space left on device". */
        public Builder diskBudget(long bytes) {
            this.diskBudget = bytes;
            return this;
        }

        /** Fsync-failure rules (added to any given before). */
        public Builder fsyncFailures(FsyncFailure... rules) {
            for (FsyncFailure r : rules) {
                fsyncFailures.add(Objects.requireNonNull(r, "fsync failure rule"));
            }
            return this;
        }

        /** The seed of every random decision outside crashes (probabilistic fsync failures, random corruption). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** A new, empty file system; throws IllegalArgumentException naming any invalid setting. */
        public FaultyFileSystem build() {
            return new FaultyFileSystem(new FsConfig(sectorSize, pageSize, diskBudget, fsyncFailures, seed), new FaultLog());
        }
    }
}
