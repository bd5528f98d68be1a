package dev.raftlog.tck.property;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs a {@link Trial} the way the settings ask: replays one token, or draws tries from
 * per-try random sources until one fails (then shrinks it) or enough tries passed.
 */
final class Search {

    /** Discarded tries allowed per wanted try before the search gives up (about 91% discards). */
    private static final int DISCARDS_PER_TRY = 10;
    private static final int MIN_DISCARDS_ALLOWED = 50;

    private Search() {
    }

    static <R> SearchResult<R> run(String propertyName, PropertySettings settings, Trial<R> trial) {
        Optional<ReplayToken.Decoded> replay = settings.replay()
                .map(ReplayToken::decode)
                .filter(decoded -> decoded.isFor(propertyName));
        if (replay.isPresent()) {
            return replay(replay.get().choices(), settings, trial);
        }
        int tries = 0;
        int discarded = 0;
        long maxDiscards = Math.max(MIN_DISCARDS_ALLOWED, (long) settings.tries() * DISCARDS_PER_TRY);
        for (long attempt = 0; tries < settings.tries(); attempt++) {
            ChoiceSource source = ChoiceSource.random(
                    new SplittableRandom(trySeed(settings.seed(), attempt)), settings.maxChoicesPerTry());
            TrialResult<R> result = trial.run(source);
            if (result.isDiscarded() || source.overran()) {
                discarded++;
                if (discarded > maxDiscards) {
                    return new SearchResult<>(PropertyStatus.GAVE_UP, tries, discarded, false, null);
                }
                continue;
            }
            tries++;
            if (result.isFailed()) {
                Shrinker<R> shrinker = new Shrinker<>(trial, source.recorded(), result,
                        settings.maxShrinkRuns(), settings.maxChoicesPerTry());
                shrinker.shrink();
                return new SearchResult<>(PropertyStatus.FAILED, tries, discarded, false,
                        new SearchResult.Found<>(shrinker.bestResult(), result.failure(), shrinker.best(),
                                shrinker.statistics()));
            }
        }
        return new SearchResult<>(PropertyStatus.PASSED, tries, discarded, false, null);
    }

    private static <R> SearchResult<R> replay(long[] choices, PropertySettings settings, Trial<R> trial) {
        ChoiceSource source = ChoiceSource.replay(choices, settings.maxChoicesPerTry());
        TrialResult<R> result = trial.run(source);
        if (result.isDiscarded() || source.overran()) {
            return new SearchResult<>(PropertyStatus.PASSED, 0, 1, true, null);
        }
        if (!result.isFailed()) {
            return new SearchResult<>(PropertyStatus.PASSED, 1, 0, true, null);
        }
        long[] drawn = source.recorded();
        return new SearchResult<>(PropertyStatus.FAILED, 1, 0, true, new SearchResult.Found<>(result,
                result.failure(), drawn, new ShrinkStatistics(0, 0, drawn.length, drawn.length, false)));
    }

    /** Independent, well-mixed seeds per try (SplitMix64 finalizer over seed and try number). */
    static long trySeed(long seed, long attempt) {
        long z = seed + (attempt + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
