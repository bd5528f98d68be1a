package dev.raftlog.tck.crash;

import dev.raftlog.api.Log;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One call of a crash workload: a batch append, a delete, or a close-and-reopen. */
sealed interface CrashOp permits CrashOp.Append, CrashOp.Delete, CrashOp.Reopen {

    /** The call as a Java statement on a variable {@code store}. */
    String toJava();

    /** True for calls that change the log (appends and deletes). */
    default boolean mutates() {
        return !(this instanceof Reopen);
    }

    /** storeLogs(batch); every entry is {@code Log.command(i, t, CrashPayload.bytes(i, t, n))}. */
    record Append(List<Log> batch) implements CrashOp {
        public Append {
            batch = List.copyOf(batch);
        }

        static Log entry(long index, long term, int size) {
            return Log.command(index, term, CrashPayload.bytes(index, term, size));
        }

        /** An entry with every field set: extensions of {@code extSize} bytes and an appendedAt derived from index and term. */
        static Log richEntry(long index, long term, int size, int extSize) {
            return entry(index, term, size).withExtensions(CrashPayload.bytes(index, -term, extSize))
                    .withAppendedAt(Instant.ofEpochSecond(1_700_000_000L + index, term % 1_000_000_000L));
        }

        @Override
        public String toJava() {
            return "store.storeLogs(List.of(" + batch.stream().map(Append::java).collect(Collectors.joining(", ")) + "));";
        }

        private static String java(Log l) {
            StringBuilder s = new StringBuilder("Log.command(" + l.index() + ", " + l.term() + ", CrashPayload.bytes("
                    + l.index() + ", " + l.term() + ", " + l.data().length + "))");
            if (l.extensions().length > 0) {
                s.append(".withExtensions(CrashPayload.bytes(").append(l.index()).append(", ").append(-l.term()).append(", ")
                        .append(l.extensions().length).append("))");
            }
            if (l.appendedAt() != null) {
                s.append(".withAppendedAt(Instant.ofEpochSecond(").append(l.appendedAt().getEpochSecond()).append("L, ")
                        .append(l.appendedAt().getNano()).append("))");
            }
            return s.toString();
        }

        @Override
        public String toString() {
            return "append " + batch.get(0).index() + ".." + batch.get(batch.size() - 1).index();
        }
    }

    /** deleteRange(min, max). */
    record Delete(long min, long max) implements CrashOp {
        @Override
        public String toJava() {
            return "store.deleteRange(" + min + ", " + max + ");";
        }

        @Override
        public String toString() {
            return "delete " + min + ".." + max;
        }
    }

    /** close() and open again on the same directory, no crash. */
    record Reopen() implements CrashOp {
        @Override
        public String toJava() {
            return "store.close(); store = newStore(dir);   // reopen, no crash";
        }

        @Override
        public String toString() {
            return "reopen";
        }
    }
}
