package dev.raftlog.tck.model;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogType;
import dev.raftlog.tck.Profile;
import dev.raftlog.tck.model.LogCommands.DeleteRange;
import dev.raftlog.tck.model.LogCommands.GetLog;
import dev.raftlog.tck.model.LogCommands.Reopen;
import dev.raftlog.tck.model.LogCommands.Step;
import dev.raftlog.tck.model.LogCommands.StoreBatch;
import dev.raftlog.tck.property.Gen;
import dev.raftlog.tck.property.Gens;
import dev.raftlog.tck.property.Weighted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chooses the next step from the model's state: mostly the calls Raft makes (appends at the
 * end, prefix and suffix deletes, reads near the bounds), plus what the profile allows beyond
 * them (gaps, overwrites, out-of-order and middle deletes) or refuses (to check the refusal).
 * The simplest choice (shrinking goes there) is an append at the end.
 */
final class LogCommandGen {
    private LogCommandGen() {
    }

    static Gen<Step> next(LogModel m, boolean reopenable) {
        long first = m.first();
        long last = m.last();
        long start = m.isEmpty() ? 1 : last + 1;
        List<Weighted<Step>> options = new ArrayList<>();
        options.add(Weighted.of(6, batchFrom(m.isEmpty() ? Gens.longs(1, 40) : Gens.constant(start))));
        options.add(Weighted.of(4, Gens.longs(0, last + 2).map(GetLog::new)));
        if (!m.isEmpty()) {
            Gen<Long> cut = Gens.frequency(Weighted.of(1, Gens.longs(first, last)), Weighted.of(1, Gens.elements(m.edges())));
            options.add(Weighted.of(2, cut.map(k -> delete(m, first, k))));
            options.add(Weighted.of(2, cut.map(k -> delete(m, k, last))));
            options.add(Weighted.of(1, Gens.combine(Gens.longs(0, last + 3), Gens.longs(0, last + 3), (a, b) -> delete(m, a, b))));
            options.add(Weighted.of(1, Gens.elements(0L, first).map(min -> delete(m, min, Long.MAX_VALUE))));
            options.add(Weighted.of(2, batchFrom(Gens.longs(Math.max(1, first - 3), last + 4))));
            if (m.profile() == Profile.GENERAL) {
                options.add(Weighted.of(1, batchFrom(Gens.longs(first, last)).map(LogCommandGen::shuffled)));
                if (last - first >= 2) {
                    options.add(Weighted.of(2, Gens.longs(first + 1, last - 1)
                            .flatMap(a -> Gens.longs(a, last - 1).map(b -> delete(m, a, b)))));
                }
            }
        }
        if (reopenable) {
            options.add(Weighted.of(1, Gens.constant(new Reopen())));
        }
        @SuppressWarnings("unchecked")
        Weighted<Step>[] array = options.toArray(new Weighted[0]);
        return Gens.frequency(array);
    }

    private static Step delete(LogModel m, long min, long max) {
        return new DeleteRange(min, max, !m.acceptsDelete(min, max));
    }

    private static Gen<Step> batchFrom(Gen<Long> starts) {
        return starts.flatMap(s -> Gens.listOf(entryData(), 1, 4).map(data -> {
            List<Log> batch = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                batch.add(data.get(i).at(s + i));
            }
            return (Step) new StoreBatch(batch);
        }));
    }

    private static Step shuffled(Step step) {
        List<Log> batch = new ArrayList<>(((StoreBatch) step).batch());
        Collections.reverse(batch);
        return new StoreBatch(batch);
    }

    /** Everything of an entry but its index. */
    private record EntryData(long term, LogType type, byte[] data, byte[] extensions, Instant appendedAt) {
        Log at(long index) {
            return new Log(index, term, type, data, extensions, appendedAt);
        }
    }

    private static Gen<EntryData> entryData() {
        Gen<Instant> time = Gens.frequency(Weighted.of(3, Gens.constant((Instant) null)),
                Weighted.of(1, Gens.combine(Gens.longs(0, 2_000_000_000L), Gens.ints(0, 999_999_999), Instant::ofEpochSecond)));
        return Gens.longs(1, 3).flatMap(term -> Gens.elements(LogType.values()).flatMap(type ->
                Gens.bytes(0, 4).flatMap(data -> Gens.frequency(Weighted.of(3, Gens.constant(new byte[0])), Weighted.of(1, Gens.bytes(1, 3)))
                        .flatMap(ext -> time.map(t -> new EntryData(term, type, data, ext, t))))));
    }
}
