package dev.raftlog.tck.concurrency;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ConcurrencyCheck} runs: the workload, its size, its seed, and the limits of the
 * watchdog and of the checker. Immutable; build with {@link #builder()}.
 *
 * <p>The seed fixes each thread's choices (which operation, which batch sizes, which ranges) up
 * to what the thread has observed; it cannot fix how the threads interleave, so two runs with
 * one seed make the same kinds of calls but see different histories.
 */
public final class ConcurrencyConfig {

    private final WorkloadMode mode;
    private final int threads;
    private final int operationsPerThread;
    private final Duration duration;
    private final long seed;
    private final int quiescenceEvery;
    private final int trailingLogs;
    private final int maxBatch;
    private final Duration callTimeout;
    private final Duration checkTimeLimit;
    private final long maxSearchSteps;

    private ConcurrencyConfig(Builder b) {
        this.mode = b.mode;
        this.threads = b.threads;
        this.operationsPerThread = b.operationsPerThread;
        this.duration = b.duration;
        this.seed = b.seed;
        this.quiescenceEvery = b.quiescenceEvery;
        this.trailingLogs = b.trailingLogs;
        this.maxBatch = b.maxBatch;
        this.callTimeout = b.callTimeout;
        this.checkTimeLimit = b.checkTimeLimit;
        this.maxSearchSteps = b.maxSearchSteps;
    }

    /** A builder with the defaults: RAFT, 8 threads, 1,250 operations each, seed 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static ConcurrencyConfig defaults() {
        return builder().build();
    }

    /** The workload. */
    public WorkloadMode mode() {
        return mode;
    }

    /** Number of threads calling the store at once. */
    public int threads() {
        return threads;
    }

    /** Operations each thread makes, at most. */
    public int operationsPerThread() {
        return operationsPerThread;
    }

    /** Wall-clock limit of the workload (it stops at whichever limit comes first), or null. */
    public Duration duration() {
        return duration;
    }

    /** Seed of every thread's choices. */
    public long seed() {
        return seed;
    }

    /** Threads meet at a barrier after every this many operations (0: never). */
    public int quiescenceEvery() {
        return quiescenceEvery;
    }

    /** Entries the RAFT snapshot thread keeps behind the last index when it compacts. */
    public int trailingLogs() {
        return trailingLogs;
    }

    /** Largest storeLogs batch. */
    public int maxBatch() {
        return maxBatch;
    }

    /** A call running longer than this is reported as a hang (LS-CONC-05). */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Time the linearizability check may take before it answers "undecided". */
    public Duration checkTimeLimit() {
        return checkTimeLimit;
    }

    /** Search steps the linearizability check may take before it answers "undecided". */
    public long maxSearchSteps() {
        return maxSearchSteps;
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().mode(mode).threads(threads).operationsPerThread(operationsPerThread).duration(duration)
                .seed(seed).quiescenceEvery(quiescenceEvery).trailingLogs(trailingLogs).maxBatch(maxBatch)
                .callTimeout(callTimeout).checkTimeLimit(checkTimeLimit).maxSearchSteps(maxSearchSteps);
    }

    @Override
    public String toString() {
        return "ConcurrencyConfig[mode=" + mode + ", threads=" + threads + ", operationsPerThread=" + operationsPerThread
                + ", duration=" + duration + ", seed=" + seed + ", quiescenceEvery=" + quiescenceEvery
                + ", trailingLogs=" + trailingLogs + ", maxBatch=" + maxBatch + ", callTimeout=" + callTimeout
                + ", checkTimeLimit=" + checkTimeLimit + ", maxSearchSteps=" + maxSearchSteps + "]";
    }

    /** Builds a {@link ConcurrencyConfig}; every setter rejects values that make no sense. */
    public static final class Builder {
        private WorkloadMode mode = WorkloadMode.RAFT;
        private int threads = 8;
        private int operationsPerThread = 1_250;
        private Duration duration;
        private long seed = 1;
        private int quiescenceEvery = 100;
        private int trailingLogs = 128;
        private int maxBatch = 64;
        private Duration callTimeout = Duration.ofSeconds(10);
        private Duration checkTimeLimit = Duration.ofSeconds(20);
        private long maxSearchSteps = 50_000_000L;

        private Builder() {
        }

        /** The workload (default RAFT). */
        public Builder mode(WorkloadMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /** Threads, 2..64 (default 8); RAFT needs at least 2 (writer and snapshot thread). */
        public Builder threads(int value) {
            if (value < 2 || value > 64) {
                throw new IllegalArgumentException("threads must be in 2..64, was " + value);
            }
            this.threads = value;
            return this;
        }

        /** Operations per thread, at least 1 (default 1,250). */
        public Builder operationsPerThread(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("operationsPerThread must be >= 1, was " + value);
            }
            this.operationsPerThread = value;
            return this;
        }

        /** Wall-clock limit of the workload, positive, or null for none (default none). */
        public Builder duration(Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new IllegalArgumentException("duration must be positive, was " + value);
            }
            this.duration = value;
            return this;
        }

        /** Seed (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Operations per thread between barriers where all threads wait for each other, 0 for
         * none (default 100). The quiet moments give the checker cut points; between them the
         * threads run freely.
         */
        public Builder quiescenceEvery(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("quiescenceEvery must be >= 0, was " + value);
            }
            this.quiescenceEvery = value;
            return this;
        }

        /** Entries kept behind the last index by RAFT compaction, at least 1 (default 128). */
        public Builder trailingLogs(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("trailingLogs must be >= 1, was " + value);
            }
            this.trailingLogs = value;
            return this;
        }

        /** Largest batch, 1..4096 (default 64). */
        public Builder maxBatch(int value) {
            if (value < 1 || value > 4096) {
                throw new IllegalArgumentException("maxBatch must be in 1..4096, was " + value);
            }
            this.maxBatch = value;
            return this;
        }

        /** Hang threshold, positive (default 10 s). */
        public Builder callTimeout(Duration value) {
            this.callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** Checker time limit, positive (default 20 s). */
        public Builder checkTimeLimit(Duration value) {
            this.checkTimeLimit = positive(value, "checkTimeLimit");
            return this;
        }

        /** Checker step limit, at least 1 (default 50,000,000). */
        public Builder maxSearchSteps(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxSearchSteps must be >= 1, was " + value);
            }
            this.maxSearchSteps = value;
            return this;
        }

        /** The configuration. */
        public ConcurrencyConfig build() {
            return new ConcurrencyConfig(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
