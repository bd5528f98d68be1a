package dev.raftlog.tck;

import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the kit gets stores to test, and what the store declares about itself: its profile, its
 * maximum entry size, and whether it can be reopened on a directory (which enables the restart
 * rules and the crash rules; the crash rules open the store on the kit's own fault-injecting
 * file system, see {@link #withoutCrashTests}). Immutable; the {@code with...} methods return
 * changed copies.
 *
 * <pre>{@code
 * StoreFactory.fresh(MyStore::new)                                  // one call = one empty store
 * StoreFactory.durable(dir -> MyStore.open(dir)).withProfile(Profile.MONOTONIC)
 * }</pre>
 */
public final class StoreFactory {

    /** Creates one fresh, empty store. */
    @FunctionalInterface
    public interface Creator {
        LogStore create() throws IOException;
    }

    /** Opens a store on a directory: empty the first time, the same content when opened again. */
    @FunctionalInterface
    public interface Opener {
        LogStore open(Path directory) throws IOException;
    }

    /** 8 MiB, what hashicorp's InmemStore and BoltStore handle (contract rule 17). */
    public static final long DEFAULT_MAX_ENTRY_SIZE = 8L << 20;

    private final Creator creator;
    private final Opener opener;
    private final Profile profile;
    private final long maxEntrySize;
    private final DirectoryProvider directories;
    private final String description;
    private final String crashOptOut;

    private StoreFactory(Creator creator, Opener opener, Profile profile, long maxEntrySize,
            DirectoryProvider directories, String description) {
        this(creator, opener, profile, maxEntrySize, directories, description, null);
    }

    private StoreFactory(Creator creator, Opener opener, Profile profile, long maxEntrySize,
            DirectoryProvider directories, String description, String crashOptOut) {
        this.creator = creator;
        this.opener = opener;
        this.profile = profile;
        this.maxEntrySize = maxEntrySize;
        this.directories = directories;
        this.description = description;
        this.crashOptOut = crashOptOut;
    }

    /** Stores that cannot be reopened: each call of {@code creator} gives a new empty store. */
    public static StoreFactory fresh(Creator creator) {
        Objects.requireNonNull(creator, "creator must not be null");
        return new StoreFactory(creator, null, Profile.GENERAL, DEFAULT_MAX_ENTRY_SIZE, null, "fresh store");
    }

    /** Stores opened on a directory; the kit reopens them there to check the restart rules. */
    public static StoreFactory durable(Opener opener) {
        Objects.requireNonNull(opener, "opener must not be null");
        return new StoreFactory(null, opener, Profile.GENERAL, DEFAULT_MAX_ENTRY_SIZE,
                DirectoryProvider.temporary(), "durable store");
    }

    /** The profile the store claims (default {@link Profile#GENERAL}). */
    public StoreFactory withProfile(Profile newProfile) {
        Objects.requireNonNull(newProfile, "profile must not be null");
        return new StoreFactory(creator, opener, newProfile, maxEntrySize, directories, description, crashOptOut);
    }

    /** The largest entry (data + extensions bytes) the store promises to hold; default 8 MiB. */
    public StoreFactory withMaxEntrySize(long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxEntrySize must be between 1 and " + (Integer.MAX_VALUE - 16) + ", was " + bytes);
        }
        return new StoreFactory(creator, opener, profile, bytes, directories, description, crashOptOut);
    }

    /** Where durable stores get their directories (default: temporary directories on the default file system). */
    public StoreFactory withDirectories(DirectoryProvider provider) {
        Objects.requireNonNull(provider, "directory provider must not be null");
        if (opener == null) {
            throw new IllegalStateException("withDirectories applies to durable factories; this one is fresh(...)");
        }
        return new StoreFactory(creator, opener, profile, maxEntrySize, provider, description, crashOptOut);
    }

    /** A name for reports, e.g. the store's class name. */
    public StoreFactory describedAs(String text) {
        Objects.requireNonNull(text, "description must not be null");
        return new StoreFactory(creator, opener, profile, maxEntrySize, directories, text, crashOptOut);
    }

    /**
     * Opts a durable store out of the crash-conformance rules (LS-CRASH-*, LS-FSYNC-*), which
     * open it on the kit's fault-injecting file system; say why (e.g. "needs the default file
     * system: uses FileChannel.map"). The rules are then reported skipped with that reason.
     */
    public StoreFactory withoutCrashTests(String reason) {
        Objects.requireNonNull(reason, "reason must not be null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("withoutCrashTests needs a reason saying why the store cannot be crash-tested");
        }
        return new StoreFactory(creator, opener, profile, maxEntrySize, directories, description, reason);
    }

    /**
     * True when the crash rules apply: the factory is durable (the kit chooses the directory, on
     * its own file system) and did not opt out.
     */
    public boolean crashTestable() {
        return opener != null && crashOptOut == null;
    }

    /** Why the crash rules are skipped for this factory, or null when they apply. */
    public String crashSkipReason() {
        if (opener == null) {
            return dev.raftlog.tck.catalogue.Needs.CRASH_TESTABLE.skipReason();
        }
        return crashOptOut == null ? null : "the store opted out of crash tests: " + crashOptOut;
    }

    public Profile profile() {
        return profile;
    }

    public long maxEntrySize() {
        return maxEntrySize;
    }

    /** True when the factory opens stores on directories, so the kit can close and reopen them. */
    public boolean reopenable() {
        return opener != null;
    }

    public String description() {
        return description;
    }

    /** Opens one new empty store, on a new directory for durable factories. */
    public OpenedStore openNew() throws IOException {
        if (opener == null) {
            return new OpenedStore(requireStore(creator.create(), "the creator"), null);
        }
        Path dir = directories.newDirectory();
        return new OpenedStore(requireStore(opener.open(dir), "the opener"), dir);
    }

    /** Opens the store on {@code dir} again (durable factories only). */
    public LogStore reopen(Path dir) throws IOException {
        if (opener == null) {
            throw new IllegalStateException("this factory cannot reopen stores: it is fresh(...), not durable(...)");
        }
        return requireStore(opener.open(dir), "the opener");
    }

    /** Gives a directory back to its provider once the kit is done with it. */
    public void release(Path dir) throws IOException {
        if (dir != null && directories != null) {
            directories.release(dir);
        }
    }

    private static LogStore requireStore(LogStore store, String who) {
        if (store == null) {
            throw new IllegalStateException(who + " returned null instead of a LogStore");
        }
        return store;
    }

    /** A store the kit opened, and the directory it lives in (null for fresh stores). */
    public record OpenedStore(LogStore store, Path directory) {
    }

    @Override
    public String toString() {
        return description + " [profile=" + profile + ", maxEntrySize=" + maxEntrySize + ", reopenable=" + reopenable() + "]";
    }
}
