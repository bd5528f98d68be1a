package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.BATCH_ALL_OR_NOTHING;
import static dev.raftlog.tck.catalogue.Requirement.MONOTONIC_CONTIGUOUS;
import static dev.raftlog.tck.catalogue.Requirement.MONOTONIC_FLAG;
import static dev.raftlog.tck.catalogue.Requirement.MONOTONIC_NO_MIDDLE_DELETE;
import static dev.raftlog.tck.catalogue.Requirement.MONOTONIC_NO_OVERWRITE;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Profile;
import dev.raftlog.tck.StoreContent;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** hashicorp's MonotonicLogStore: contiguous only, everything else refused and nothing changed. */
public interface MonotonicProfileRules extends KitRules {

    @Test
    @Verifies(MONOTONIC_FLAG)
    default void isMonotonicMatchesTheDeclaredProfile() throws IOException {
        boolean declared = kit().factory().profile() == Profile.MONOTONIC;
        kit().transcript().add("assertThat(store.isMonotonic()).is" + (declared ? "True" : "False") + "();", 1);
        boolean actual = kit().store().isMonotonic();
        if (actual != declared) {
            kit().transcript().annotateLast("FAILS: returned " + actual);
            throw kit().violation(MONOTONIC_FLAG, "isMonotonic() returned " + actual + " but the store was declared "
                    + kit().factory().profile(), declared, actual, null);
        }
    }

    @Test
    @Verifies({MONOTONIC_CONTIGUOUS, BATCH_ALL_OR_NOTHING})
    default void batchThatDoesNotContinueTheLogIsRejected() throws IOException {
        kit().append(1, 3);
        StoreContent before = kit().snapshot(1, 10);
        kit().expectRejected(MONOTONIC_CONTIGUOUS, "a batch starting at lastIndex() + 2",
                s -> s.storeLogs(List.of(Log.of(5, 1), Log.of(6, 1))),
                IllegalArgumentException.class, IllegalStateException.class, IOException.class);
        kit().expectUnchanged(MONOTONIC_CONTIGUOUS, before, 1, 10);
    }

    @Test
    @Verifies({MONOTONIC_CONTIGUOUS, BATCH_ALL_OR_NOTHING})
    default void batchWithAGapInsideIsRejected() throws IOException {
        kit().append(1, 3);
        StoreContent before = kit().snapshot(1, 10);
        kit().expectRejected(MONOTONIC_CONTIGUOUS, "a batch [4, 6] skipping 5",
                s -> s.storeLogs(List.of(Log.of(4, 1), Log.of(6, 1))),
                IllegalArgumentException.class, IllegalStateException.class, IOException.class);
        kit().expectUnchanged(MONOTONIC_CONTIGUOUS, before, 1, 10);
    }

    @Test
    @Verifies(MONOTONIC_NO_OVERWRITE)
    default void writeAtAnIndexItHoldsIsRejected() throws IOException {
        kit().append(1, 3);
        StoreContent before = kit().snapshot(1, 10);
        kit().expectRejected(MONOTONIC_NO_OVERWRITE, "storeLog at an index the store holds",
                s -> s.storeLog(Log.of(2, 2)),
                IllegalArgumentException.class, IllegalStateException.class, IOException.class);
        kit().expectUnchanged(MONOTONIC_NO_OVERWRITE, before, 1, 10);
    }

    @Test
    @Verifies(MONOTONIC_NO_MIDDLE_DELETE)
    default void middleDeleteIsRejected() throws IOException {
        kit().append(1, 10);
        StoreContent before = kit().snapshot(1, 12);
        kit().expectRejected(MONOTONIC_NO_MIDDLE_DELETE, "deleteRange(4, 6) inside 1..10",
                s -> s.deleteRange(4, 6),
                IllegalArgumentException.class, IllegalStateException.class, IOException.class);
        kit().expectUnchanged(MONOTONIC_NO_MIDDLE_DELETE, before, 1, 12);
    }
}
