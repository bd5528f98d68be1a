package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer appending batches and compacting, readers checking that a visible batch is
 * whole and that reads return either the right entry or not-found, never garbage.
 */
class ConcurrentReadWriteTest {
    private static final int BATCH = 8;
    private static final int BATCHES = 400;

    @TempDir
    Path dir;

    private static Log entry(long index) {
        return Log.command(index, 1, ByteBuffer.allocate(64).putLong(index).putLong(~index).array());
    }

    @Test
    void readersNeverSeePartOfABatchOrGarbage() throws Exception {
        FileLogStore s = FileLogStore.open(dir, FileLogStoreOptions.builder().segmentSize(8192).build());
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long[] checked = new long[2];
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int id = r;
            readers.add(new Thread(() -> {
                while (!done.get()) {
                    try {
                        long last = s.lastIndex();
                        if (last == 0) {
                            continue;
                        }
                        if (last % BATCH != 0) {
                            problems.add("lastIndex " + last + " is inside a batch");
                        }
                        for (long i = last - BATCH + 1; i <= last; i++) {
                            try {
                                Log got = s.getLog(i);
                                if (!got.equals(entry(i))) {
                                    problems.add("wrong entry at " + i + ": " + got);
                                }
                                checked[id]++;
                            } catch (LogNotFoundException e) {
                                if (s.firstIndex() <= i) {
                                    problems.add("index " + i + " of a visible batch not found");
                                }
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            }));
        }
        readers.forEach(Thread::start);
        for (long b = 0; b < BATCHES; b++) {
            List<Log> batch = new ArrayList<>();
            for (long i = b * BATCH + 1; i <= (b + 1) * BATCH; i++) {
                batch.add(entry(i));
            }
            s.storeLogs(batch);
            if (b % 50 == 49) {
                s.deleteRange(0, b * BATCH); // compaction keeps only the newest batch
            }
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        s.close();
        assertThat(problems).isEmpty();
        assertThat(checked[0] + checked[1]).isPositive();
    }
}
