package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.RESTART_APPEND;
import static dev.raftlog.tck.catalogue.Requirement.RESTART_CONTENT;
import static dev.raftlog.tck.catalogue.Requirement.RESTART_DELETES;
import static dev.raftlog.tck.catalogue.Requirement.RESTART_EMPTY;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract rules 19 and 20: what was stored is there after close and reopen (hashicorp's restart contract). */
public interface RestartRules extends KitRules {

    @Test
    @Verifies(RESTART_CONTENT)
    default void reopenedStoreHasTheSameContent() throws IOException {
        Log rich = new Log(3, 2, LogType.CONFIGURATION, new byte[] {1, 2}, new byte[] {3}, Instant.parse("2024-02-03T04:05:06.000000007Z"));
        kit().store().storeLogs(List.of(Log.of(1, 1), Log.of(2, 1), rich));
        kit().reopen();
        kit().expectLast(RESTART_CONTENT, 3);
        kit().expectFirst(RESTART_CONTENT, 1);
        kit().expectEntry(RESTART_CONTENT, rich);
        kit().expectEntry(RESTART_CONTENT, Log.of(1, 1));
    }

    @Test
    @Verifies(RESTART_CONTENT)
    default void everyBatchSurvivesAReopen() throws IOException {
        kit().append(1, 2);
        kit().append(3, 4, 2);
        kit().reopen();
        kit().expectLast(RESTART_CONTENT, 4);
        kit().expectEntry(RESTART_CONTENT, Log.of(4, 2));
    }

    @Test
    @Verifies(RESTART_DELETES)
    default void suffixDeleteSurvivesAReopen() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(6, 10);
        kit().reopen();
        kit().expectLast(RESTART_DELETES, 5);
        kit().expectNotFound(RESTART_DELETES, 6);
    }

    @Test
    @Verifies(RESTART_DELETES)
    default void prefixDeleteSurvivesAReopen() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(1, 4);
        kit().reopen();
        kit().expectFirst(RESTART_DELETES, 5);
        kit().expectNotFound(RESTART_DELETES, 4);
    }

    @Test
    @Verifies(RESTART_DELETES)
    default void suffixDeleteThenAppendSurvivesAReopen() throws IOException {
        kit().append(1, 10, 1);
        kit().store().deleteRange(6, 10);
        kit().append(6, 7, 2);
        kit().reopen();
        kit().expectLast(RESTART_DELETES, 7);
        kit().expectEntry(RESTART_DELETES, Log.of(7, 2));
        kit().expectNotFound(RESTART_DELETES, 8);
    }

    @Test
    @Verifies(RESTART_APPEND)
    default void appendsContinueAfterAReopen() throws IOException {
        kit().append(1, 3);
        kit().reopen();
        kit().append(4, 5, 2);
        kit().expectEntry(RESTART_APPEND, Log.of(5, 2));
        kit().expectEntry(RESTART_APPEND, Log.of(3, 1));
        kit().expectBounds(RESTART_APPEND, 1, 5);
    }

    @Test
    @Verifies(RESTART_EMPTY)
    default void neverWrittenStoreIsEmptyAfterAReopen() throws IOException {
        kit().reopen();
        kit().expectBounds(RESTART_EMPTY, 0, 0);
        kit().expectNotFound(RESTART_EMPTY, 1);
    }

    @Test
    @Verifies({RESTART_EMPTY, RESTART_DELETES})
    default void emptiedStoreIsEmptyAfterAReopen() throws IOException {
        kit().append(1, 3);
        kit().store().deleteRange(0, Long.MAX_VALUE);
        kit().reopen();
        kit().expectBounds(RESTART_EMPTY, 0, 0);
        kit().append(7, 8);
        kit().expectBounds(RESTART_EMPTY, 7, 8);
    }
}
