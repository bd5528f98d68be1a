package dev.raftlog.decorators.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The durability state of one file or directory (an inode), keyed by the Jimfs file key so it
 * follows the file through renames. A file has durable content plus the writes since its last
 * successful force; a directory has its durable entries (name to node id). Guarded by the
 * {@link DiskModel} lock.
 */
final class Node {

    final int id;
    final boolean directory;
    /** Last path this node was reached by, for messages and fsync-failure path rules. */
    String path;
    PagedBytes durable = PagedBytes.EMPTY;
    final List<PendingWrite> pending = new ArrayList<>();
    boolean failAlways;
    /** Live size, for the disk budget; files only. */
    long liveSize;
    final Map<String, Integer> durableEntries;

    Node(int id, boolean directory, String path) {
        this.id = id;
        this.directory = directory;
        this.path = path;
        this.durableEntries = directory ? new TreeMap<>() : Map.of();
    }
}
