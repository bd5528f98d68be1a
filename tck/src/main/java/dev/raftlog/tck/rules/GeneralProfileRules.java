package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.GAPS;
import static dev.raftlog.tck.catalogue.Requirement.MIDDLE_DELETE;
import static dev.raftlog.tck.catalogue.Requirement.OUT_OF_ORDER;
import static dev.raftlog.tck.catalogue.Requirement.OVERWRITE;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract rules 6, 10 and 11 for general-profile stores: set semantics with true bounds. */
public interface GeneralProfileRules extends KitRules {

    @Test
    @Verifies(GAPS)
    default void batchAfterAGapKeepsBothRuns() throws IOException {
        kit().append(1, 3);
        kit().append(10, 11);
        kit().expectLast(GAPS, 11);
        kit().expectFirst(GAPS, 1);
        kit().expectNotFound(GAPS, 5);
        kit().expectEntry(GAPS, Log.of(10, 1));
    }

    @Test
    @Verifies(OUT_OF_ORDER)
    default void writeBelowTheFirstIndexMovesIt() throws IOException {
        kit().append(5, 10);
        kit().store().storeLog(Log.of(3, 1));
        kit().expectFirst(OUT_OF_ORDER, 3);
        kit().expectNotFound(OUT_OF_ORDER, 4);
    }

    @Test
    @Verifies(OUT_OF_ORDER)
    default void batchOutOfIndexOrderGivesTrueBounds() throws IOException {
        kit().store().storeLogs(List.of(Log.of(3, 1), Log.of(1, 1), Log.of(2, 1)));
        kit().expectBounds(OUT_OF_ORDER, 1, 3);
        kit().expectEntry(OUT_OF_ORDER, Log.of(2, 1));
    }

    @Test
    @Verifies(OVERWRITE)
    default void writingAnExistingIndexReplacesTheEntry() throws IOException {
        kit().append(1, 3);
        Log replacement = Log.command(2, 5, new byte[] {7});
        kit().store().storeLog(replacement);
        kit().expectEntry(OVERWRITE, replacement);
        kit().expectBounds(OVERWRITE, 1, 3);
    }

    @Test
    @Verifies(MIDDLE_DELETE)
    default void middleDeleteLeavesAHole() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(4, 6);
        kit().expectBounds(MIDDLE_DELETE, 1, 10);
        kit().expectNotFound(MIDDLE_DELETE, 5);
        kit().expectEntry(MIDDLE_DELETE, Log.of(7, 1));
        kit().expectEntry(MIDDLE_DELETE, Log.of(3, 1));
    }
}
