package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.util.ArrayList;
import java.util.List;

/**
 * One direct demonstration for {@link ZooSanityTest}: a script run against a store, turned into
 * a short observation string. The specimen must observe {@code broken}; every correct base of
 * the same profile must observe one of {@code correct}. A probe with {@code broken == null} is a
 * neighbour check: the specimen must be right there too, which is what makes a kit failure
 * attributable to the one rule it breaks.
 */
record Probe(String specimen, String what, boolean reopens, Script script, List<String> correct, String broken) {

    /** The calls a probe makes; {@code stores.open()} gives a fresh store, or reopens the same directory. */
    interface Script {
        String run(Opener stores) throws Exception;
    }

    /** Opens a store: a fresh one each time, or the one kept in the probe's directory. */
    interface Opener {
        LogStore open() throws Exception;
    }

    /** A call whose outcome is observed. */
    interface Call {
        Object run() throws Exception;
    }

    static Probe shows(String specimen, String what, Script script, String correct, String broken) {
        return new Probe(specimen, what, false, script, List.of(correct), broken);
    }

    static Probe showsAny(String specimen, String what, Script script, List<String> correct, String broken) {
        return new Probe(specimen, what, false, script, correct, broken);
    }

    static Probe showsAfterReopen(String specimen, String what, Script script, String correct, String broken) {
        return new Probe(specimen, what, true, script, List.of(correct), broken);
    }

    static Probe rightOn(String specimen, String what, Script script, String correct) {
        return new Probe(specimen, what, false, script, List.of(correct), null);
    }

    static Probe rightOnAfterReopen(String specimen, String what, Script script, String correct) {
        return new Probe(specimen, what, true, script, List.of(correct), null);
    }

    @Override
    public String toString() {
        return specimen + (broken == null ? " is right on " : " shows ") + what;
    }

    // --- building entries -------------------------------------------------------------------

    /** A command entry of term 1 whose data is its index's low byte. */
    static Log entry(long index) {
        return Log.command(index, 1, new byte[] {(byte) index});
    }

    /** Entries {@code from..to}, term 1. */
    static List<Log> run(long from, long to) {
        List<Log> logs = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            logs.add(entry(i));
            if (i == Long.MAX_VALUE) {
                break;
            }
        }
        return logs;
    }

    /** A fresh store holding {@code from..to} in one batch. */
    static LogStore holding(Opener stores, long from, long to) throws Exception {
        LogStore store = stores.open();
        store.storeLogs(run(from, to));
        return store;
    }

    /** An entry whose data is {@code bytes} long. */
    static Log sized(long index, int bytes) {
        return Log.command(index, 1, new byte[bytes]);
    }

    // --- observing --------------------------------------------------------------------------

    /** "first..last" */
    static String bounds(LogStore store) throws Exception {
        return store.firstIndex() + ".." + store.lastIndex();
    }

    /** "entry 5 term 1", "not-found", "null", or the simple name of any other exception. */
    static String read(LogStore store, long index) {
        try {
            Log log = store.getLog(index);
            return log == null ? "null" : "entry " + log.index() + " term " + log.term();
        } catch (LogNotFoundException e) {
            return "not-found";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /** The call's result as a string ("ok" for null), or the simple name of what it threw. */
    static String attempt(Call call) {
        try {
            Object result = call.run();
            return result == null ? "ok" : String.valueOf(result);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /** Whether the call threw an exception with a non-blank message ("no exception" if it did not throw). */
    static String messageOf(Call call) {
        try {
            call.run();
            return "no exception";
        } catch (Exception e) {
            return e.getMessage() != null && !e.getMessage().isBlank() ? "message" : "blank";
        }
    }
}
