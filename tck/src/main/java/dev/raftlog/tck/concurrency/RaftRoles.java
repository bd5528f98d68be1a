package dev.raftlog.tck.concurrency;

/**
 * The threads of {@link WorkloadMode#RAFT}, after hashicorp/raft: the main loop
 * ({@code raft.go}: appends, reads recent entries, deletes a conflicting suffix), the snapshot
 * goroutine ({@code snapshot.go} compactLogs: reads the bounds, deletes a prefix keeping
 * trailing logs), the metrics goroutine (firstIndex, then the entry there for oldestLogAge) and
 * one replication goroutine per follower ({@code replication.go}: lastIndex, getLog from
 * nextIndex, firstIndex when the entry was compacted so a snapshot must be sent).
 */
final class RaftRoles {

    private RaftRoles() {
    }

    static String name(int threads, int thread) {
        if (thread == 1) {
            return "writer";
        }
        if (thread == 2) {
            return "snapshot";
        }
        if (thread == 3 && threads >= 4) {
            return "metrics";
        }
        return "reader-" + (thread - (threads >= 4 ? 3 : 2));
    }

    static WorkloadRole forThread(RecordingClient client, ConcurrencyConfig config) {
        String name = client.role();
        if (name.equals("writer")) {
            return new Writer(client, config.seed(), config.maxBatch());
        }
        if (name.equals("snapshot")) {
            return new Snapshotter(client, config.seed(), config.trailingLogs());
        }
        if (name.equals("metrics")) {
            return new Metrics(client, config.seed());
        }
        return new Replicator(client, config.seed());
    }

    /** The main loop: the only appender. */
    static final class Writer extends WorkloadRole {
        private final int maxBatch;
        private long next = 1;
        private long term = 1;

        Writer(RecordingClient client, long seed, int maxBatch) {
            super(client, seed);
            this.maxBatch = maxBatch;
        }

        @Override
        void step() {
            int r = random.nextInt(100);
            if (r < 3 && next > 2) {
                // Term conflict: drop a short suffix, then append over it in a new term.
                long from = next - 1 - random.nextInt((int) Math.min(8, next - 2));
                client.deleteRange(from, next - 1);
                next = from;
                term++;
            } else if (r < 13 && next > 1) {
                client.getLog(next - 1 - random.nextInt((int) Math.min(4, next - 1)));
            } else {
                int size = batchSize(maxBatch);
                if (client.storeLogs(batch(next, size, term))) {
                    next += size;
                }
            }
        }
    }

    /** compactLogs: read the bounds, delete a prefix keeping a trailing window. */
    static final class Snapshotter extends WorkloadRole {
        private final int trailing;
        private int phase;
        private long first;
        private long last;

        Snapshotter(RecordingClient client, long seed, int trailing) {
            super(client, seed);
            this.trailing = trailing;
        }

        @Override
        void step() {
            switch (phase) {
                case 0 -> {
                    first = client.firstIndex();
                    phase = 1;
                }
                case 1 -> {
                    last = client.lastIndex();
                    boolean due = first >= 0 && last - first + 1 > trailing + 8 + random.nextInt(32);
                    phase = due ? 2 : 0;
                }
                default -> {
                    client.deleteRange(first, last - trailing);
                    phase = 0;
                }
            }
        }
    }

    /** The metrics goroutine: the first index, then its entry. */
    static final class Metrics extends WorkloadRole {
        private long first = -1;

        Metrics(RecordingClient client, long seed) {
            super(client, seed);
        }

        @Override
        void step() {
            if (first > 0) {
                client.getLog(first);
                first = -1;
            } else {
                first = client.firstIndex();
            }
        }
    }

    /** One follower's replication: read forward from nextIndex, near the tail and at the bounds. */
    static final class Replicator extends WorkloadRole {
        private long nextIndex = 1;
        private long knownLast = -1;
        private boolean needFirst;
        private int sinceRefresh;

        Replicator(RecordingClient client, long seed) {
            super(client, seed);
        }

        @Override
        void step() {
            if (knownLast < 0 || sinceRefresh >= 8) {
                knownLast = client.lastIndex();
                sinceRefresh = 0;
                if (knownLast >= 0 && nextIndex > knownLast + 1) {
                    nextIndex = Math.max(1, knownLast - random.nextInt(4)); // follower's log diverged
                }
                return;
            }
            sinceRefresh++;
            if (needFirst) {
                long first = client.firstIndex();
                nextIndex = Math.max(nextIndex, first); // "send a snapshot", then continue after it
                needFirst = false;
                return;
            }
            if (nextIndex <= knownLast && random.nextInt(10) != 0) {
                if (client.getLog(nextIndex) != null) {
                    nextIndex++;
                } else {
                    needFirst = true;
                    knownLast = -1;
                }
                return;
            }
            // Caught up, or probing: the tail, just past it, and the bound we last knew.
            switch (random.nextInt(3)) {
                case 0 -> client.getLog(Math.max(0, knownLast));
                case 1 -> client.getLog(knownLast + 1);
                default -> client.getLog(Math.max(0, nextIndex - 1));
            }
        }
    }
}
