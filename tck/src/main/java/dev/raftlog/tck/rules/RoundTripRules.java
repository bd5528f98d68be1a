package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.TRIP_APPENDED_AT;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_BYTES;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_EXTREMES;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_EXTREME_TIMES;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_HEADER;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_LARGE;
import static dev.raftlog.tck.catalogue.Requirement.TRIP_NO_STALE_FIELDS;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract rules 13 to 17: every field comes back exactly as it went in. */
public interface RoundTripRules extends KitRules {

    /** Data and extensions combinations; absent and empty are the same value. */
    enum BytesCase {
        BOTH_ABSENT(null, null),
        DATA_ONLY(new byte[] {1, 2, 3}, null),
        EXTENSIONS_ONLY(null, new byte[] {4, 5}),
        EXTENSIONS_WITH_EMPTY_DATA(new byte[0], new byte[] {6}),
        BOTH(new byte[] {7}, new byte[] {8, 9}),
        EVERY_BYTE_VALUE(allByteValues(), allByteValues()),
        ONE_KIB(new byte[1024], new byte[] {-1});

        final byte[] data;
        final byte[] extensions;

        BytesCase(byte[] data, byte[] extensions) {
            this.data = data;
            this.extensions = extensions;
        }

        private static byte[] allByteValues() {
            byte[] b = new byte[256];
            for (int i = 0; i < 256; i++) {
                b[i] = (byte) i;
            }
            return b;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LogType.class)
    @Verifies(TRIP_HEADER)
    default void indexTermAndTypeRoundTrip(LogType type) throws IOException {
        Log log = Log.of(3, 7, type, null);
        kit().store().storeLogs(List.of(log));
        kit().expectEntry(TRIP_HEADER, log);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BytesCase.class)
    @Verifies(TRIP_BYTES)
    default void dataAndExtensionsRoundTrip(BytesCase c) throws IOException {
        Log log = new Log(1, 1, LogType.COMMAND, c.data == null ? null : c.data.clone(),
                c.extensions == null ? null : c.extensions.clone(), null);
        kit().store().storeLogs(List.of(log));
        kit().expectEntry(TRIP_BYTES, log);
    }

    @ParameterizedTest(name = "appendedAt = {0}")
    @ValueSource(strings = {"absent", "2024-05-06T07:08:09.123456789Z", "1970-01-01T00:00:00Z", "2026-11-26T04:15:00.000000001Z"})
    @Verifies(TRIP_APPENDED_AT)
    default void appendedAtRoundTrips(String when) throws IOException {
        Instant t = when.equals("absent") ? null : Instant.parse(when);
        Log log = Log.of(1, 1).withAppendedAt(t);
        kit().store().storeLogs(List.of(log));
        kit().expectEntry(TRIP_APPENDED_AT, log);
    }

    @ParameterizedTest(name = "appendedAt = {0}")
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "1677-09-21T00:12:43.145224191Z",
            "2262-04-11T23:47:16.854775808Z", "9999-12-31T23:59:59.999999999Z"})
    @Verifies(TRIP_EXTREME_TIMES)
    default void appendedAtFarFromNowRoundTrips(String when) throws IOException {
        Log log = Log.of(1, 1).withAppendedAt(Instant.parse(when));
        kit().store().storeLogs(List.of(log));
        kit().expectEntry(TRIP_EXTREME_TIMES, log);
    }

    @Test
    @Verifies(TRIP_LARGE)
    default void entryOfTheMaximumSizeRoundTrips() throws IOException {
        int max = (int) kit().factory().maxEntrySize();
        int ext = Math.min(16, max / 2);
        Log log = Log.command(1, 1, kit().pattern(max - ext)).withExtensions(kit().pattern(ext));
        kit().store().storeLogs(List.of(log));
        kit().expectEntry(TRIP_LARGE, log);
    }

    @Test
    @Verifies(TRIP_EXTREMES)
    default void indexesAndTermsNearLongMaxRoundTrip() throws IOException {
        Log last = Log.of(Long.MAX_VALUE, Long.MAX_VALUE);
        kit().store().storeLogs(List.of(Log.of(Long.MAX_VALUE - 1, (long) Integer.MAX_VALUE + 1), last));
        kit().expectEntry(TRIP_EXTREMES, last);
        kit().expectBounds(TRIP_EXTREMES, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }

    @Test
    @Verifies(TRIP_EXTREMES)
    default void deletingTheEntryAtLongMaxDoesNotOverflow() throws IOException {
        kit().store().storeLogs(List.of(Log.of(Long.MAX_VALUE - 1, 1), Log.of(Long.MAX_VALUE, 1)));
        kit().store().deleteRange(Long.MAX_VALUE, Long.MAX_VALUE);
        kit().expectLast(TRIP_EXTREMES, Long.MAX_VALUE - 1);
        kit().expectNotFound(TRIP_EXTREMES, Long.MAX_VALUE);
    }

    @Test
    @Verifies(TRIP_NO_STALE_FIELDS)
    default void readingAnEntryLeavesNothingForTheNextRead() throws IOException {
        Log rich = new Log(1, 4, LogType.BARRIER, new byte[] {1}, new byte[] {2, 3}, Instant.parse("2024-01-01T00:00:00.5Z"));
        Log plain = Log.of(2, 4);
        kit().store().storeLogs(List.of(rich, plain));
        kit().store().getLog(1);
        kit().expectEntry(TRIP_NO_STALE_FIELDS, plain);
    }
}
