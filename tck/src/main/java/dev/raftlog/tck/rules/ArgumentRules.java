package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.ARGS_MESSAGE;
import static dev.raftlog.tck.catalogue.Requirement.ARGS_NEGATIVE;
import static dev.raftlog.tck.catalogue.Requirement.ARGS_NULL;

import dev.raftlog.api.Log;
import dev.raftlog.tck.StoreContent;
import dev.raftlog.tck.Verifies;
import dev.raftlog.tck.session.KitSession.StoreCall;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad arguments get a clear exception and change nothing. */
public interface ArgumentRules extends KitRules {

    @Test
    @Verifies(ARGS_NEGATIVE)
    default void negativeIndexToGetLogIsRejected() throws IOException {
        kit().append(1, 3);
        kit().expectRejected(ARGS_NEGATIVE, "getLog(-1)", s -> s.getLog(-1), IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "deleteRange({0}, {1})")
    @CsvSource({"-5, 2", "1, -1", "-9223372036854775808, 9223372036854775807"})
    @Verifies(ARGS_NEGATIVE)
    default void negativeBoundToDeleteRangeIsRejected(long min, long max) throws IOException {
        kit().append(1, 3);
        StoreContent before = kit().snapshot(1, 5);
        kit().expectRejected(ARGS_NEGATIVE, "deleteRange(" + min + ", " + max + ")", s -> s.deleteRange(min, max),
                IllegalArgumentException.class);
        kit().expectUnchanged(ARGS_NEGATIVE, before, 1, 5);
    }

    @Test
    @Verifies(ARGS_NULL)
    default void nullBatchIsRejected() throws IOException {
        kit().append(1, 2);
        StoreContent before = kit().snapshot(1, 5);
        kit().expectRejected(ARGS_NULL, "storeLogs(null)", s -> s.storeLogs(null),
                NullPointerException.class, IllegalArgumentException.class);
        kit().expectRejected(ARGS_NULL, "storeLog(null)", s -> s.storeLog(null),
                NullPointerException.class, IllegalArgumentException.class);
        kit().expectUnchanged(ARGS_NULL, before, 1, 5);
    }

    @Test
    @Verifies(ARGS_NULL)
    default void nullElementIsRejectedAndNothingStored() throws IOException {
        StoreContent before = kit().snapshot(1, 5);
        kit().expectRejected(ARGS_NULL, "a batch with a null element", s -> s.storeLogs(Arrays.asList(Log.of(1, 1), null)),
                NullPointerException.class, IllegalArgumentException.class);
        kit().expectUnchanged(ARGS_NULL, before, 1, 5);
    }

    @Test
    @Verifies(ARGS_MESSAGE)
    default void rejectionsSayWhatWasWrong() throws IOException {
        kit().append(1, 3);
        Map<String, StoreCall> calls = new LinkedHashMap<>();
        calls.put("getLog(-1)", s -> s.getLog(-1));
        calls.put("deleteRange(-1, 2)", s -> s.deleteRange(-1, 2));
        calls.put("storeLogs(null)", s -> s.storeLogs(null));
        calls.put("storeLogs([Log(4), null])", s -> s.storeLogs(Arrays.asList(Log.of(4, 1), null)));
        for (Map.Entry<String, StoreCall> call : calls.entrySet()) {
            Throwable t = kit().expectRejected(ARGS_MESSAGE, call.getKey(), call.getValue(),
                    IllegalArgumentException.class, NullPointerException.class);
            if (t.getMessage() == null || t.getMessage().isBlank()) {
                kit().transcript().annotateLast("FAILS: " + t.getClass().getSimpleName() + " without a message");
                throw kit().violation(ARGS_MESSAGE, call.getKey() + " was rejected without a message",
                        "a message saying what was wrong", t.getClass().getName() + " with message " + t.getMessage(), t);
            }
        }
    }
}
