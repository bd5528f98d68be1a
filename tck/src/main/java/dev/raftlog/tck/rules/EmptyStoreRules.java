package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.EMPTY_BOUNDS;
import static dev.raftlog.tck.catalogue.Requirement.EMPTY_NOT_FOUND;

import dev.raftlog.tck.Verifies;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Contract rule 1: what a store that holds nothing reports. */
public interface EmptyStoreRules extends KitRules {

    @Test
    @Verifies(EMPTY_BOUNDS)
    default void emptyStoreReportsZeroBounds() throws IOException {
        kit().expectBounds(EMPTY_BOUNDS, 0, 0);
    }

    @ParameterizedTest(name = "getLog({0})")
    @ValueSource(longs = {0, 1, 2, Long.MAX_VALUE})
    @Verifies(EMPTY_NOT_FOUND)
    default void emptyStoreFindsNoEntry(long index) throws IOException {
        kit().expectNotFound(EMPTY_NOT_FOUND, index);
    }
}
