package dev.raftlog.decorators.fs;

import java.util.SplittableRandom;

/** Decisions drawn from one seed: the same seed and image always give the same crash state. */
final class SeededChoices implements Choices {

    private final SplittableRandom random;

    SeededChoices(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int choose(int bound) {
        return bound <= 1 ? 0 : random.nextInt(bound);
    }

    @Override
    public long garbageSeed() {
        return random.nextLong();
    }
}
