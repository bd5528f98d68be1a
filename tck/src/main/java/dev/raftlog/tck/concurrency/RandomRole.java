package dev.raftlog.tck.concurrency;

/**
 * A thread of {@link WorkloadMode#RANDOM}: any call on a small range of indexes, so that
 * threads collide often: overlapping batches, overwrites, prefix, suffix and middle deletes.
 */
final class RandomRole extends WorkloadRole {

    private static final int RANGE = 48;

    private final int maxBatch;
    private long term;

    RandomRole(RecordingClient client, long seed, int maxBatch) {
        super(client, seed);
        this.maxBatch = maxBatch;
        this.term = client.thread() * 1_000_000L;
    }

    @Override
    void step() {
        int r = random.nextInt(100);
        if (r < 30) {
            client.getLog(random.nextInt(RANGE + 2));
        } else if (r < 40) {
            client.firstIndex();
        } else if (r < 50) {
            client.lastIndex();
        } else if (r < 78) {
            client.storeLogs(batch(1 + random.nextInt(RANGE), 1 + random.nextInt(Math.min(8, maxBatch)), ++term));
        } else {
            long a = random.nextInt(RANGE + 1);
            switch (random.nextInt(3)) {
                case 0 -> client.deleteRange(0, a);
                case 1 -> client.deleteRange(a, RANGE + 16);
                default -> client.deleteRange(a, a + random.nextInt(4));
            }
        }
    }
}
