package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers of random indexes across the whole log (so through the optimistic, lock-free read)
 * while one writer appends, truncates the suffix and re-appends it, and compacts the prefix
 * (dropping and closing whole segments under the readers, both mapped and positional-read
 * ones). Every read must return exactly the entry or not-found: a read that raced a writer may
 * hit a closed channel, a stale position or a dropped segment, and none of that may escape.
 */
class LockFreeReadTest {
    private static final int BATCH = 16;

    @TempDir
    Path dir;

    private static Log entry(long index) {
        return Log.command(index, 1, ByteBuffer.allocate(100).putLong(index).putLong(~index).array());
    }

    private static List<Log> batch(long from) {
        List<Log> out = new ArrayList<>();
        for (long i = from; i < from + BATCH; i++) {
            out.add(entry(i));
        }
        return out;
    }

    @Test
    void racingReadsReturnTheEntryOrNotFoundAndNothingElse() throws Exception {
        FileLogStore s = FileLogStore.open(dir, FileLogStoreOptions.builder().segmentSize(4096)
                .mapSealedSegments(false).build()); // positional reads: a dropped segment's channel is closed

        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong found = new AtomicLong();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            SplittableRandom random = new SplittableRandom(r);
            readers.add(new Thread(() -> {
                while (!done.get()) {
                    try {
                        // Mostly near the first index, where compaction drops segments under the reader.
                        long first = Math.max(1, s.firstIndex() - 2 * BATCH);
                        long last = random.nextInt(4) == 0 ? s.lastIndex() + BATCH : first + 8 * BATCH;
                        long i = first + random.nextLong(last - first + 1);
                        Log got = s.getLog(i);
                        if (!got.equals(entry(i))) {
                            problems.add("wrong entry at " + i + ": " + got);
                        }
                        found.incrementAndGet();
                    } catch (LogNotFoundException expected) {
                        // the index was deleted, not yet written, or truncated
                    } catch (IOException | RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            }));
        }
        readers.forEach(Thread::start);
        long next = 1;
        for (int b = 0; b < 250; b++) {
            s.storeLogs(batch(next));
            next += BATCH;
            if (b % 7 == 6) {
                next -= BATCH;
                s.deleteRange(next, Long.MAX_VALUE); // truncate the newest batch, rewritten next round
            }
            if (b % 5 == 4) {
                s.deleteRange(0, Math.max(0, next - 8 * BATCH)); // compaction: drops (and closes) old segments
            }
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        s.close();
        assertThat(problems).isEmpty();
        assertThat(found.get()).isPositive();
    }
}
