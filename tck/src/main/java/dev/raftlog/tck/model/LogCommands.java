package dev.raftlog.tck.model;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.property.Command;
import dev.raftlog.tck.session.JavaSource;
import java.util.List;

/**
 * The steps of a random sequence. Each runs on the model and the store, then compares the
 * store's bounds with the model's, so a divergence is caught at the step that caused it.
 */
final class LogCommands {
    private LogCommands() {
    }

    /** A step of a random LogStore sequence. */
    interface Step extends Command<LogModel, ModelSystem> {
    }

    record StoreBatch(List<Log> batch) implements Step {
        @Override
        public void run(LogModel model, ModelSystem system) throws Exception {
            LogStore store = system.store();
            List<Log> copies = batch.stream().map(Log::deepCopy).toList();
            if (model.accepts(batch)) {
                try {
                    store.storeLogs(copies);
                } catch (Exception e) {
                    throw new AssertionError("storeLogs threw " + e + " on a batch the " + model.profile()
                            + " profile accepts", e);
                }
                model.store(batch);
            } else {
                expectRefusal(() -> store.storeLogs(copies), "storeLogs of a batch the monotonic profile refuses");
            }
            checkBounds(model, store);
        }

        @Override
        public String toJava() {
            return "store.storeLogs(" + new JavaSource().logs(batch) + ");";
        }
    }

    record DeleteRange(long min, long max, boolean refused) implements Step {
        @Override
        public void run(LogModel model, ModelSystem system) throws Exception {
            LogStore store = system.store();
            if (!refused) {
                try {
                    store.deleteRange(min, max);
                } catch (Exception e) {
                    throw new AssertionError("deleteRange(" + min + ", " + max + ") threw " + e, e);
                }
                model.delete(min, max);
            } else {
                expectRefusal(() -> store.deleteRange(min, max), "a middle delete on a monotonic store");
            }
            checkBounds(model, store);
        }

        @Override
        public String toJava() {
            String call = "store.deleteRange(" + JavaSource.num(min) + ", " + JavaSource.num(max) + ")";
            return refused ? "assertThatThrownBy(() -> " + call + ");   // the monotonic profile refuses it" : call + ";";
        }
    }

    record GetLog(long index) implements Step {
        @Override
        public void run(LogModel model, ModelSystem system) throws Exception {
            Log expected = model.get(index);
            String call = "store.getLog(" + JavaSource.num(index) + ")";
            String expectation = expected == null
                    ? "assertThatThrownBy(() -> " + call + ").isInstanceOf(LogNotFoundException.class);"
                    : "assertThat(" + call + ").isEqualTo(" + new JavaSource().log(expected) + ");";
            Log actual;
            try {
                actual = system.store().getLog(index);
            } catch (LogNotFoundException e) {
                if (expected != null) {
                    throw new ModelDivergence("getLog(" + index + ") threw LogNotFoundException; the model holds " + expected,
                            expectation + "   // FAILS: threw LogNotFoundException", true, e);
                }
                return;
            } catch (Exception e) {
                throw new ModelDivergence("getLog(" + index + ") threw " + e + "; expected "
                        + (expected == null ? "LogNotFoundException" : expected), expectation + "   // FAILS: threw " + e, true, e);
            }
            if (expected == null || !expected.equals(actual)) {
                throw new ModelDivergence("getLog(" + index + ") returned " + actual + "; expected "
                        + (expected == null ? "LogNotFoundException" : expected), expectation + "   // FAILS: returned " + actual, true, null);
            }
        }

        @Override
        public String toJava() {
            return "store.getLog(" + JavaSource.num(index) + ");";
        }
    }

    record Reopen() implements Step {
        @Override
        public void run(LogModel model, ModelSystem system) throws Exception {
            system.reopen();
            checkBounds(model, system.store());
        }

        @Override
        public String toJava() {
            return "store.close(); store = newStore(dir);   // reopen on the same directory";
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void expectRefusal(Call call, String what) {
        try {
            call.run();
        } catch (LogNotFoundException e) {
            throw new AssertionError(what + " threw LogNotFoundException; a refusal must be another exception", e);
        } catch (Exception e) {
            return;
        }
        throw new AssertionError(what + " was accepted; it must be refused with an exception");
    }

    static void checkBounds(LogModel model, LogStore store) throws Exception {
        long first = store.firstIndex();
        long last = store.lastIndex();
        String message = "after this step the store's bounds are first=" + first + ", last=" + last
                + "; the model's are first=" + model.first() + ", last=" + model.last();
        if (first != model.first()) {
            throw new ModelDivergence(message, "assertThat(store.firstIndex()).isEqualTo(" + JavaSource.num(model.first())
                    + ");   // FAILS: returned " + first, false, null);
        }
        if (last != model.last()) {
            throw new ModelDivergence(message, "assertThat(store.lastIndex()).isEqualTo(" + JavaSource.num(model.last())
                    + ");   // FAILS: returned " + last, false, null);
        }
    }
}
