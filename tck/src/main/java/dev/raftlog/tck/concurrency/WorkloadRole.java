package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one workload thread does, one store call per {@link #step()}. Each role keeps the little
 * state raft's corresponding goroutine keeps (next index to send, last index seen) and draws
 * its choices from its own seeded random source.
 */
abstract class WorkloadRole {

    final RecordingClient client;
    final SplittableRandom random;
    private long sequence;

    WorkloadRole(RecordingClient client, long seed) {
        this.client = client;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + client.thread());
    }

    /** Makes exactly one call on the store. */
    abstract void step();

    /** The roles of a run, thread 1 first. */
    static List<WorkloadRole> forRun(ConcurrencyConfig config, List<RecordingClient> clients) {
        List<WorkloadRole> roles = new ArrayList<>();
        for (RecordingClient c : clients) {
            roles.add(config.mode() == WorkloadMode.RANDOM ? new RandomRole(c, config.seed(), config.maxBatch())
                    : RaftRoles.forThread(c, config));
        }
        return roles;
    }

    /** Role names for a run, by thread number (1-based). */
    static String roleName(ConcurrencyConfig config, int thread) {
        if (config.mode() == WorkloadMode.RANDOM) {
            return "random-" + thread;
        }
        return RaftRoles.name(config.threads(), thread);
    }

    /**
     * A batch of {@code size} entries from {@code first} in {@code term}. Every entry's data is
     * unique in the run (index, term, thread, sequence), so every read can be traced to the one
     * write it came from, and anything else is garbage.
     */
    List<Log> batch(long first, int size, long term) {
        List<Log> logs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long index = first + i;
            byte[] data = ByteBuffer.allocate(24).putLong(index).putLong(term)
                    .putLong(((long) client.thread() << 40) | sequence++).array();
            LogType type = random.nextInt(50) == 0 ? LogType.NOOP : LogType.COMMAND;
            logs.add(Log.of(index, term, type, data));
        }
        return logs;
    }

    /** Raft-like batch sizes: mostly small, sometimes large, up to {@code max}. */
    int batchSize(int max) {
        int r = random.nextInt(100);
        int size = r < 70 ? 1 + random.nextInt(4) : r < 95 ? 5 + random.nextInt(12) : 17 + random.nextInt(48);
        return Math.min(size, max);
    }
}
