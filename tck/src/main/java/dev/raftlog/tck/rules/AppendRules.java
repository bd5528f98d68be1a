package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.APPEND_EMPTY_BATCH;
import static dev.raftlog.tck.catalogue.Requirement.APPEND_EXTENDS;
import static dev.raftlog.tck.catalogue.Requirement.APPEND_FIRST_ANYWHERE;
import static dev.raftlog.tck.catalogue.Requirement.APPEND_SINGLE_EQUALS_BATCH;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract rules 2 and 9: appends grow the log from wherever it starts. */
public interface AppendRules extends KitRules {

    @ParameterizedTest(name = "first batch at {0}")
    @ValueSource(longs = {1, 2, 1_000, 5_000_000_000L})
    @Verifies(APPEND_FIRST_ANYWHERE)
    default void firstBatchMayStartAtAnyIndex(long start) throws IOException {
        kit().append(start, start + 2);
        kit().expectFirst(APPEND_FIRST_ANYWHERE, start);
        kit().expectLast(APPEND_FIRST_ANYWHERE, start + 2);
        kit().expectEntry(APPEND_FIRST_ANYWHERE, Log.of(start, 1));
        kit().expectNotFound(APPEND_FIRST_ANYWHERE, start - 1);
    }

    @Test
    @Verifies(APPEND_EXTENDS)
    default void appendingAtLastPlusOneExtendsTheLog() throws IOException {
        kit().append(1, 3);
        kit().append(4, 5, 2);
        kit().expectLast(APPEND_EXTENDS, 5);
        kit().expectFirst(APPEND_EXTENDS, 1);
        kit().expectEntry(APPEND_EXTENDS, Log.of(4, 2));
        kit().expectEntry(APPEND_EXTENDS, Log.of(3, 1));
    }

    @Test
    @Verifies(APPEND_SINGLE_EQUALS_BATCH)
    default void storeLogStoresWhatStoreLogsStores() throws IOException {
        Log full = new Log(7, 3, LogType.CONFIGURATION, kit().java().remember(new byte[] {1, 2}, "Payloads.bytes(1, 2)"),
                new byte[] {9}, Instant.parse("2024-05-06T07:08:09.123456789Z"));
        kit().store().storeLog(full);
        kit().expectEntry(APPEND_SINGLE_EQUALS_BATCH, full);
        kit().expectBounds(APPEND_SINGLE_EQUALS_BATCH, 7, 7);
    }

    @Test
    @Verifies(APPEND_EMPTY_BATCH)
    default void emptyBatchIsANoOp() throws IOException {
        kit().append(1, 2);
        kit().store().storeLogs(List.of());
        kit().expectBounds(APPEND_EMPTY_BATCH, 1, 2);
    }

    @Test
    @Verifies(APPEND_EMPTY_BATCH)
    default void emptyBatchIntoAnEmptyStoreIsANoOp() throws IOException {
        kit().store().storeLogs(List.of());
        kit().expectBounds(APPEND_EMPTY_BATCH, 0, 0);
    }
}
