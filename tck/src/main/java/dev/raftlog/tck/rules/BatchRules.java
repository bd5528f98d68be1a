package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.ARGS_NULL;
import static dev.raftlog.tck.catalogue.Requirement.BATCH_ALL_OR_NOTHING;

import dev.raftlog.api.Log;
import dev.raftlog.tck.StoreContent;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract rule 8: a batch is stored whole or not at all. */
public interface BatchRules extends KitRules {

    @Test
    @Verifies({BATCH_ALL_OR_NOTHING, ARGS_NULL})
    default void batchWithANullElementChangesNothing() throws IOException {
        kit().append(1, 2);
        StoreContent before = kit().snapshot(1, 10);
        kit().expectRejected(BATCH_ALL_OR_NOTHING, "a batch ending in a null element",
                s -> s.storeLogs(Arrays.asList(Log.of(3, 1), Log.of(4, 1), null)),
                NullPointerException.class, IllegalArgumentException.class);
        kit().expectUnchanged(BATCH_ALL_OR_NOTHING, before, 1, 10);
        kit().append(3, 3);
        kit().expectEntry(BATCH_ALL_OR_NOTHING, Log.of(3, 1));
    }

    /**
     * An entry one byte over the declared maximum: the store may hold it (then the whole batch
     * must be there) or refuse it (then nothing of the batch may be there).
     */
    @Test
    @Verifies(BATCH_ALL_OR_NOTHING)
    default void batchWithAnOversizeEntryIsStoredWholeOrNotAtAll() throws IOException {
        kit().append(1, 2);
        StoreContent before = kit().snapshot(1, 10);
        Log oversize = Log.command(5, 1, kit().pattern((int) kit().factory().maxEntrySize() + 1));
        List<Log> batch = List.of(Log.of(3, 1), Log.of(4, 1), oversize);
        boolean stored;
        try {
            kit().store().storeLogs(batch);
            stored = true;
        } catch (IOException | RuntimeException refused) {
            stored = false;
        }
        if (stored) {
            kit().expectEntry(BATCH_ALL_OR_NOTHING, oversize);
            kit().expectEntry(BATCH_ALL_OR_NOTHING, Log.of(3, 1));
        } else {
            kit().expectUnchanged(BATCH_ALL_OR_NOTHING, before, 1, 10);
            kit().append(3, 3);
            kit().expectEntry(BATCH_ALL_OR_NOTHING, Log.of(3, 1));
        }
    }
}
