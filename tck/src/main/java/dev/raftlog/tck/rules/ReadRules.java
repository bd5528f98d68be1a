package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.READ_DELETED;
import static dev.raftlog.tck.catalogue.Requirement.READ_NOT_FOUND;
import static dev.raftlog.tck.catalogue.Requirement.READ_ZERO;

import dev.raftlog.tck.Verifies;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Contract rules 1, 3, 4 and 12: a missing entry is LogNotFoundException, nothing else. */
public interface ReadRules extends KitRules {

    @Test
    @Verifies(READ_NOT_FOUND)
    default void indexAfterTheLastIsNotFound() throws IOException {
        kit().append(1, 3);
        kit().expectNotFound(READ_NOT_FOUND, 4);
    }

    @Test
    @Verifies(READ_NOT_FOUND)
    default void indexBeforeTheFirstIsNotFound() throws IOException {
        kit().append(5, 7);
        kit().expectNotFound(READ_NOT_FOUND, 4);
        kit().expectNotFound(READ_NOT_FOUND, Long.MAX_VALUE);
    }

    @Test
    @Verifies(READ_DELETED)
    default void prefixDeletedIndexIsNotFound() throws IOException {
        kit().append(1, 5);
        kit().store().deleteRange(1, 2);
        kit().expectNotFound(READ_DELETED, 2);
        kit().expectNotFound(READ_DELETED, 1);
    }

    @Test
    @Verifies(READ_DELETED)
    default void suffixDeletedIndexIsNotFound() throws IOException {
        kit().append(1, 5);
        kit().store().deleteRange(4, 5);
        kit().expectNotFound(READ_DELETED, 4);
        kit().expectNotFound(READ_DELETED, 5);
    }

    @Test
    @Verifies(READ_ZERO)
    default void indexZeroIsNotFound() throws IOException {
        kit().append(1, 3);
        kit().expectNotFound(READ_ZERO, 0);
    }
}
