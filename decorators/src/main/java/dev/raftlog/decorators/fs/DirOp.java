package dev.raftlog.decorators.fs;

/**
 * One directory-entry change not yet made durable by a directory fsync. A creation has only a
 * target; a deletion only a source; a rename both (and it replaces whatever the target named).
 * Directories and files are named by node id.
 *
 * @param description for the fault log, e.g. "rename /a/x.tmp -> /a/x"
 */
record DirOp(int srcDir, String srcName, int dstDir, String dstName, int node, String description) {

    static final int NONE = -1;

    static DirOp create(int dir, String name, int node, String description) {
        return new DirOp(NONE, null, dir, name, node, description);
    }

    static DirOp delete(int dir, String name, int node, String description) {
        return new DirOp(dir, name, NONE, null, node, description);
    }

    static DirOp rename(int srcDir, String srcName, int dstDir, String dstName, int node, String description) {
        return new DirOp(srcDir, srcName, dstDir, dstName, node, description);
    }

    boolean touches(int dir) {
        return srcDir == dir || dstDir == dir;
    }

    /** Applies this change to the durable entries of the directories involved. */
    void applyTo(java.util.Map<Integer, java.util.Map<String, Integer>> entries) {
        if (srcDir != NONE) {
            java.util.Map<String, Integer> src = entries.get(srcDir);
            if (src != null && Integer.valueOf(node).equals(src.get(srcName))) {
                src.remove(srcName);
            }
        }
        if (dstDir != NONE) {
            java.util.Map<String, Integer> dst = entries.get(dstDir);
            if (dst != null) {
                dst.put(dstName, node);
            }
        }
    }
}
