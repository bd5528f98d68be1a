package dev.raftlog.tck.rules;

import static dev.raftlog.tck.catalogue.Requirement.ALIAS_INPUT;
import static dev.raftlog.tck.catalogue.Requirement.ALIAS_OUTPUT;

import dev.raftlog.api.Log;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract rule 16: the store and its callers never share an array. */
public interface AliasingRules extends KitRules {

    @Test
    @Verifies(ALIAS_INPUT)
    default void changingTheCallersArraysAfterStoringChangesNothing() throws IOException {
        byte[] data = kit().java().remember(new byte[] {1, 2, 3}, "data");
        byte[] ext = kit().java().remember(new byte[] {4}, "ext");
        kit().transcript().add("byte[] data = Payloads.bytes(1, 2, 3);", 0);
        kit().transcript().add("byte[] ext = Payloads.bytes(4);", 0);
        kit().store().storeLogs(List.of(Log.command(1, 1, data).withExtensions(ext)));
        data[0] = 99;
        ext[0] = 99;
        kit().transcript().add("data[0] = 99;", 0);
        kit().transcript().add("ext[0] = 99;", 0);
        Log original = Log.command(1, 1, kit().java().remember(new byte[] {1, 2, 3}, "Payloads.bytes(1, 2, 3)"))
                .withExtensions(kit().java().remember(new byte[] {4}, "Payloads.bytes(4)"));
        kit().expectEntry(ALIAS_INPUT, original);
    }

    @Test
    @Verifies(ALIAS_OUTPUT)
    default void changingAReturnedArrayChangesNothing() throws IOException {
        Log stored = Log.command(1, 1, new byte[] {1, 2, 3}).withExtensions(new byte[] {4});
        kit().store().storeLogs(List.of(stored.deepCopy()));
        Log read = kit().store().getLog(1);
        kit().transcript().annotateLast("kept as `read`");
        read.data()[0] = 99;
        read.extensions()[0] = 99;
        kit().transcript().add("read.data()[0] = 99;   // read = the entry returned above", 0);
        kit().transcript().add("read.extensions()[0] = 99;", 0);
        kit().expectEntry(ALIAS_OUTPUT, stored);
    }

    /** A pooled or shared read buffer hands the second reader's bytes to the first (raft-wal 1cab18f). */
    @Test
    @Verifies(ALIAS_OUTPUT)
    default void anEarlierReadKeepsItsBytesAfterALaterRead() throws IOException {
        Log one = Log.command(1, 1, new byte[] {1, 2, 3});
        Log two = Log.command(2, 1, new byte[] {4, 5, 6});
        kit().store().storeLogs(List.of(one.deepCopy(), two.deepCopy()));
        Log first = kit().store().getLog(1);
        kit().transcript().annotateLast("kept as `first`");
        kit().store().getLog(2);
        kit().expectHeld(ALIAS_OUTPUT, "first", first, one);
    }
}
