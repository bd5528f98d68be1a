package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "durable" state of the zoo's reopenable stores: what survives a close. A disk is one
 * directory's worth of entries; {@link #at(Path)} returns the same disk for the same directory
 * for as long as the directory exists, so a store closed and opened again on it sees what it
 * wrote. Thread-safe. Entries handed to it must not be mutated afterwards (stores hand it their
 * own private copies).
 *
 * <p>Nothing is written to the real directory except the directory itself, which is created as
 * a real store would; when the directory is later deleted (a JUnit temporary directory after its
 * test), its disk is forgotten, so large entries do not pile up across a test run.
 */
public final class SimulatedDisk {

    private static final Map<Path, SimulatedDisk> MOUNTED = new ConcurrentHashMap<>();

    private final Path directory;
    private final NavigableMap<Long, Log> durable = new TreeMap<>();
    private boolean formatted;

    private SimulatedDisk(Path directory) {
        this.directory = directory;
    }

    /** The disk of {@code dir}, the same one every time for an equal path while the directory exists. */
    public static SimulatedDisk at(Path dir) {
        if (dir == null) {
            throw new NullPointerException("dir must not be null");
        }
        Path key = dir.toAbsolutePath().normalize();
        MOUNTED.entrySet().removeIf(e -> e.getValue().directory != null && !Files.isDirectory(e.getKey()));
        try {
            Files.createDirectories(key);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a directory we can create: keep the disk anyway, it is just never swept.
            return MOUNTED.computeIfAbsent(key, k -> new SimulatedDisk(null));
        }
        return MOUNTED.computeIfAbsent(key, SimulatedDisk::new);
    }

    /** A disk of its own, registered nowhere: for stores the kit never reopens. */
    public static SimulatedDisk scratch() {
        return new SimulatedDisk(null);
    }

    /** Forgets the disk of {@code dir}, as if the directory had been wiped. */
    public static void forget(Path dir) {
        MOUNTED.remove(dir.toAbsolutePath().normalize());
    }

    /** Marks the disk as used by a store; returns whether a store had used it before. */
    public synchronized boolean mount() {
        boolean before = formatted;
        formatted = true;
        return before;
    }

    /** A snapshot of the durable entries, in index order. */
    public synchronized NavigableMap<Long, Log> read() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(durable));
    }

    /** Makes {@code batch} durable, replacing entries at the same indexes. */
    public synchronized void write(List<Log> batch) {
        for (Log log : batch) {
            durable.put(log.index(), log);
        }
    }

    /** Makes the deletion of {@code min..max} (inclusive) durable. */
    public synchronized void erase(long min, long max) {
        if (min <= max) {
            durable.subMap(min, true, max, true).clear();
        }
    }

    @Override
    public synchronized String toString() {
        return "SimulatedDisk" + durable.keySet();
    }
}
