package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Linearizable histories made to measure, for checker tests and the benchmark: every call gets
 * a random interval on a virtual clock and a random linearization point inside it, and the
 * results come from executing the calls in linearization-point order on a correct sequential
 * store. Calls last much longer than the pauses between them, so all threads overlap most of
 * the time: far more concurrency than a real run on two cores shows.
 *
 * <p>Thread 1 appends (and now and then deletes a suffix), thread 2 compacts a prefix, the rest
 * read near the bounds and poll them, as in the RAFT workload.
 */
final class SyntheticHistory {

    private SyntheticHistory() {
    }

    static History generate(int threads, int calls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        record Slot(int thread, long start, long end, long point) {
        }
        List<Slot> slots = new ArrayList<>();
        long[] clock = new long[threads + 1];
        for (int i = 0; i < calls; i++) {
            int t = 1 + i % threads;
            long start = clock[t] + 1 + random.nextInt(20);
            long end = start + 1 + random.nextInt(t == 1 ? 60 : 200);
            clock[t] = end;
            slots.add(new Slot(t, start, end, start + random.nextLong(end - start + 1)));
        }
        slots.sort(Comparator.comparingLong(Slot::point));
        TreeMap<Long, EntryFingerprint> state = new TreeMap<>();
        long term = 1;
        long seq = 0;
        List<Call> out = new ArrayList<>();
        for (Slot s : slots) {
            long first = state.isEmpty() ? 0 : state.firstKey();
            long last = state.isEmpty() ? 0 : state.lastKey();
            Call call;
            if (s.thread == 1) {
                if (random.nextInt(30) == 0 && last > first + 4) {
                    long from = last - random.nextInt(4);
                    state.subMap(from, true, last, true).clear();
                    term++;
                    call = Call.deleteRange(1, from, last, s.start, s.end);
                } else {
                    int size = 1 + random.nextInt(random.nextInt(10) == 0 ? 64 : 4);
                    List<EntryFingerprint> batch = new ArrayList<>();
                    for (int k = 0; k < size; k++) {
                        EntryFingerprint e = new EntryFingerprint(last + 1 + k, term, EntryFingerprint.mix(++seq));
                        batch.add(e);
                        state.put(e.index(), e);
                    }
                    call = Call.storeLogs(1, batch, s.start, s.end);
                }
            } else if (s.thread == 2 && random.nextInt(4) == 0 && last - first > 64) {
                long upTo = last - 48;
                state.subMap(first, true, upTo, true).clear();
                call = Call.deleteRange(2, first, upTo, s.start, s.end);
            } else {
                int r = random.nextInt(10);
                if (r < 2) {
                    call = Call.firstIndex(s.thread, first, s.start, s.end);
                } else if (r < 4) {
                    call = Call.lastIndex(s.thread, last, s.start, s.end);
                } else {
                    long index = Math.max(0, (r < 8 ? last : first) - 2 + random.nextInt(5));
                    call = Call.getLog(s.thread, index, state.get(index), s.start, s.end);
                }
            }
            out.add(call);
        }
        return History.of(out);
    }
}
