package dev.raftlog.benchmarks;

import dev.raftlog.reference.FileLogStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Cross-checks {@link FileLogStore#indexHeapBytes()} with a heap delta: used heap after a full GC
 * with the store of N entries open, minus used heap after a full GC with it closed. The delta
 * includes everything the open store holds (index, segment objects, buffers), so it is an upper
 * bound on the index. Argument: N (default 1000000); entries are 1 KiB.
 */
public final class IndexFootprint {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = BenchFiles.filledReferenceStore(n, 1024);
        try {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            FileLogStore store = FileLogStore.open(dir);
            long computed = store.indexHeapBytes();
            long open = usedAfterGc(memory);
            store.close();
            store = null;
            long closed = usedAfterGc(memory);
            System.out.printf("entries %d: computed index %d bytes (%.2f B/entry); heap delta open-closed %d bytes (%.2f B/entry)%n",
                    n, computed, (double) computed / n, open - closed, (double) (open - closed) / n);
        } finally {
            BenchFiles.deleteRecursively(dir);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
