package dev.raftlog.tck.session;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.util.List;

/** Passes every call to the store under test and writes it into the transcript as Java. */
final class TranscribedStore implements LogStore {
    private final LogStore store;
    private final Transcript transcript;
    private final JavaSource java;

    TranscribedStore(LogStore store, Transcript transcript, JavaSource java) {
        this.store = store;
        this.transcript = transcript;
        this.java = java;
    }

    LogStore delegate() {
        return store;
    }

    @Override
    public long firstIndex() throws IOException {
        transcript.add("store.firstIndex();", 1);
        return returned(call(store::firstIndex));
    }

    @Override
    public long lastIndex() throws IOException {
        transcript.add("store.lastIndex();", 1);
        return returned(call(store::lastIndex));
    }

    @Override
    public Log getLog(long index) throws IOException {
        transcript.add("store.getLog(" + JavaSource.num(index) + ");", 1);
        Log log = call(() -> store.getLog(index));
        transcript.annotateLast("returned " + log);
        return log;
    }

    @Override
    public void storeLog(Log log) throws IOException {
        transcript.add("store.storeLog(" + (log == null ? "null" : java.log(log)) + ");", 1);
        call(() -> {
            store.storeLog(log);
            return null;
        });
    }

    @Override
    public void storeLogs(List<Log> logs) throws IOException {
        transcript.add("store.storeLogs(" + java.logs(logs) + ");", 1);
        call(() -> {
            store.storeLogs(logs);
            return null;
        });
    }

    @Override
    public void deleteRange(long min, long max) throws IOException {
        transcript.add("store.deleteRange(" + JavaSource.num(min) + ", " + JavaSource.num(max) + ");", 1);
        call(() -> {
            store.deleteRange(min, max);
            return null;
        });
    }

    @Override
    public boolean isMonotonic() {
        return store.isMonotonic();
    }

    @Override
    public void close() throws IOException {
        store.close();
    }

    private long returned(long value) {
        transcript.annotateLast("returned " + value);
        return value;
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(Call<T> c) throws IOException {
        try {
            return c.run();
        } catch (IOException | RuntimeException | Error e) {
            transcript.annotateLast("threw " + e.getClass().getName() + ": " + e.getMessage());
            transcript.thrown(e);
            throw e;
        }
    }
}
