package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.CONC_BOUNDS_MONOTONE;
import static dev.raftlog.tck.catalogue.Requirement.CONC_BOUNDS_ORDER;
import static dev.raftlog.tck.catalogue.Requirement.CONC_LINEARIZABLE;
import static dev.raftlog.tck.catalogue.Requirement.CONC_LIVENESS;
import static dev.raftlog.tck.catalogue.Requirement.CONC_TRUNCATED_READ;
import static dev.raftlog.tck.catalogue.Requirement.CONC_WHOLE_BATCHES;

import dev.raftlog.tck.Verifies;
import org.junit.jupiter.api.Test;

/**
 * Contract rule 18: Raft's threads call the store at once (one writer appending and truncating,
 * a snapshot thread deleting prefixes, replication readers, a metrics poller). One concurrent
 * run per kit class is recorded and judged (see {@code tck/CONCURRENCY.md}); each rule reads
 * its own verdict from it, so a failure names exactly the rule broken, with a timeline.
 */
public interface ConcurrencyRules extends KitRules {

    @Test
    @Verifies(CONC_WHOLE_BATCHES)
    default void readersNeverSeePartOfABatch() {
        kit().expectNoConcurrencyViolation(CONC_WHOLE_BATCHES);
    }

    @Test
    @Verifies(CONC_TRUNCATED_READ)
    default void readsOfTruncatedIndexesAreNotFoundOrTheOldEntry() {
        kit().expectNoConcurrencyViolation(CONC_TRUNCATED_READ);
    }

    @Test
    @Verifies(CONC_BOUNDS_ORDER)
    default void firstIndexNeverExceedsLastIndex() {
        kit().expectNoConcurrencyViolation(CONC_BOUNDS_ORDER);
    }

    @Test
    @Verifies(CONC_BOUNDS_MONOTONE)
    default void boundsMoveBackOnlyByADelete() {
        kit().expectNoConcurrencyViolation(CONC_BOUNDS_MONOTONE);
    }

    @Test
    @Verifies(CONC_LIVENESS)
    default void noCallHangsOrThrowsOutsideTheContract() {
        kit().expectNoConcurrencyViolation(CONC_LIVENESS);
    }

    @Test
    @Verifies(CONC_LINEARIZABLE)
    default void concurrentHistoryIsLinearizable() {
        kit().expectNoConcurrencyViolation(CONC_LINEARIZABLE);
    }
}
