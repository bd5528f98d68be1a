package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.DELETE_ALL;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_CLAMPED;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_INCLUSIVE;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_MIN_ABOVE_MAX;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_ON_EMPTY;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_PREFIX;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_SUFFIX;
import static dev.raftlog.tck.catalogue.Requirement.DELETE_THEN_APPEND;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract rules 3 to 7 and 10: deleteRange is inclusive, clamped, and moves the right bound. */
public interface DeleteRangeRules extends KitRules {

    @Test
    @Verifies(DELETE_PREFIX)
    default void prefixDeleteMovesFirstIndex() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(1, 4);
        kit().expectFirst(DELETE_PREFIX, 5);
        kit().expectLast(DELETE_PREFIX, 10);
        kit().expectNotFound(DELETE_PREFIX, 4);
        kit().expectEntry(DELETE_PREFIX, Log.of(5, 1));
    }

    @Test
    @Verifies(DELETE_SUFFIX)
    default void suffixDeleteMovesLastIndex() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(7, 10);
        kit().expectLast(DELETE_SUFFIX, 6);
        kit().expectFirst(DELETE_SUFFIX, 1);
        kit().expectNotFound(DELETE_SUFFIX, 7);
        kit().expectEntry(DELETE_SUFFIX, Log.of(6, 1));
    }

    @Test
    @Verifies(DELETE_ALL)
    default void deletingEverythingEmptiesTheStore() throws IOException {
        kit().append(5, 10);
        kit().store().deleteRange(5, 10);
        kit().expectBounds(DELETE_ALL, 0, 0);
        kit().append(20, 21);
        kit().expectBounds(DELETE_ALL, 20, 21);
    }

    @Test
    @Verifies(DELETE_INCLUSIVE)
    default void prefixDeleteIncludesItsUpperBound() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(1, 3);
        kit().expectNotFound(DELETE_INCLUSIVE, 3);
        kit().expectEntry(DELETE_INCLUSIVE, Log.of(4, 1));
    }

    @Test
    @Verifies(DELETE_INCLUSIVE)
    default void suffixDeleteIncludesItsLowerBound() throws IOException {
        kit().append(1, 10);
        kit().store().deleteRange(8, 10);
        kit().expectNotFound(DELETE_INCLUSIVE, 8);
        kit().expectNotFound(DELETE_INCLUSIVE, 10);
        kit().expectEntry(DELETE_INCLUSIVE, Log.of(7, 1));
    }

    @Test
    @Verifies(DELETE_INCLUSIVE)
    default void middleDeleteIncludesBothBounds() throws IOException {
        kit().requireGeneralProfile("a middle delete applies only to general-profile stores; the prefix and suffix forms cover this rule");
        kit().append(1, 10);
        kit().store().deleteRange(4, 6);
        kit().expectNotFound(DELETE_INCLUSIVE, 6);
        kit().expectNotFound(DELETE_INCLUSIVE, 4);
        kit().expectEntry(DELETE_INCLUSIVE, Log.of(7, 1));
        kit().expectEntry(DELETE_INCLUSIVE, Log.of(3, 1));
    }

    @ParameterizedTest(name = "5..10, deleteRange({0}, {1})")
    @CsvSource({"3, 1", "12, 11", "8, 7", "10, 5"})
    @Verifies(DELETE_MIN_ABOVE_MAX)
    default void minAboveMaxChangesNothing(long min, long max) throws IOException {
        kit().append(5, 10);
        kit().store().deleteRange(min, max);
        kit().expectBounds(DELETE_MIN_ABOVE_MAX, 5, 10);
        kit().expectEntry(DELETE_MIN_ABOVE_MAX, Log.of(Math.min(Math.max(max, 5), 10), 1));
    }

    /** Each row: stored from..to, deleteRange(min, max), expected first and last after. */
    @ParameterizedTest(name = "{0}..{1}, deleteRange({2}, {3}) -> first {4}, last {5}")
    @CsvSource({
        "1, 10, 0, 100, 0, 0",
        "1, 10, 20, 30, 1, 10",
        "5, 10, 1, 2, 5, 10",
        "5, 10, 0, 6, 7, 10",
        "5, 10, 8, 9223372036854775807, 5, 7",
        "5, 10, 0, 9223372036854775807, 0, 0",
        "5, 10, 0, 0, 5, 10"})
    @Verifies(DELETE_CLAMPED)
    default void rangesOutsideTheEntriesAreClamped(long from, long to, long min, long max, long first, long last)
            throws IOException {
        kit().append(from, to);
        kit().store().deleteRange(min, max);
        kit().expectBounds(DELETE_CLAMPED, first, last);
    }

    @ParameterizedTest(name = "deleteRange({0}, {1}) on an empty store")
    @CsvSource({"0, 5", "1, 1", "0, 9223372036854775807", "7, 3"})
    @Verifies(DELETE_ON_EMPTY)
    default void deleteOnAnEmptyStoreChangesNothing(long min, long max) throws IOException {
        kit().store().deleteRange(min, max);
        kit().expectBounds(DELETE_ON_EMPTY, 0, 0);
    }

    @Test
    @Verifies(DELETE_THEN_APPEND)
    default void suffixDeleteThenAppendReplacesTheSuffix() throws IOException {
        kit().append(1, 10, 1);
        kit().store().deleteRange(6, 10);
        kit().append(6, 8, 2);
        kit().expectEntry(DELETE_THEN_APPEND, Log.of(7, 2));
        kit().expectBounds(DELETE_THEN_APPEND, 1, 8);
    }
}
