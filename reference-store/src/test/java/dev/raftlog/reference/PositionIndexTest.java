package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The run-based index against a TreeMap, under random puts and range removals. */
class PositionIndexTest {

    @Test
    void behavesLikeASortedMap() {
        Random random = new Random(7);
        PositionIndex index = new PositionIndex();
        TreeMap<Long, Long> model = new TreeMap<>();
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            if (op < 7) {
                long i = random.nextInt(4) == 0 ? 1 + random.nextInt(3000) : model.isEmpty() ? 1 : model.lastKey() + 1;
                long pos = step;
                Long before = model.put(i, pos);
                assertThat(index.put(i, pos)).isEqualTo(before == null ? PositionIndex.NONE : before);
            } else {
                long a = random.nextInt(3100);
                long b = a + random.nextInt(200);
                Map<Long, Long> doomed = new TreeMap<>(model.subMap(a, true, b, true));
                long[] removed = {0};
                index.removeRange(a, b, p -> removed[0]++);
                model.subMap(a, true, b, true).clear();
                assertThat(removed[0]).isEqualTo(doomed.size());
            }
            assertThat(index.size()).isEqualTo(model.size());
            assertThat(index.first()).isEqualTo(model.isEmpty() ? 0 : model.firstKey());
            assertThat(index.last()).isEqualTo(model.isEmpty() ? 0 : model.lastKey());
        }
        for (long i = 0; i <= 3300; i++) {
            assertThat(index.get(i)).isEqualTo(model.getOrDefault(i, PositionIndex.NONE));
        }
    }

    /**
     * Look-ups between changes (not only after them): a look-up must see every put that starts
     * or extends a run and every removal that trims, splits or drops one.
     */
    @Test
    void lookUpsBetweenChangesSeeEveryChange() {
        Random random = new Random(11);
        PositionIndex index = new PositionIndex();
        TreeMap<Long, Long> model = new TreeMap<>();
        for (int step = 0; step < 5_000; step++) {
            if (random.nextInt(4) > 0) {
                long i = 1 + random.nextInt(400);
                model.put(i, (long) step);
                index.put(i, step);
            } else {
                long a = random.nextInt(400);
                long b = a + random.nextInt(40);
                index.removeRange(a, b, p -> { });
                model.subMap(a, true, b, true).clear();
            }
            for (int k = 0; k < 5; k++) {
                long i = random.nextInt(402);
                assertThat(index.get(i)).as("step %d, index %d", step, i).isEqualTo(model.getOrDefault(i, PositionIndex.NONE));
            }
        }
    }

    @Test
    void extremeIndexesDoNotOverflow() {
        PositionIndex index = new PositionIndex();
        index.put(Long.MAX_VALUE - 1, 5);
        index.put(Long.MAX_VALUE, 6);
        assertThat(index.last()).isEqualTo(Long.MAX_VALUE);
        assertThat(index.containsAny(0, Long.MAX_VALUE)).isTrue();
        index.removeRange(Long.MAX_VALUE, Long.MAX_VALUE, p -> { });
        assertThat(index.last()).isEqualTo(Long.MAX_VALUE - 1);
        index.removeRange(0, Long.MAX_VALUE, p -> { });
        assertThat(index.size()).isZero();
        assertThat(index.first()).isZero();
    }

    @Test
    void contiguousAppendsCostAtMostTwelveBytesPerEntry() {
        PositionIndex index = new PositionIndex();
        int n = 1_000_000;
        for (long i = 1; i <= n; i++) {
            index.put(i, i * 1000);
        }
        assertThat(index.runCount()).isEqualTo((n + Run.MAX_LENGTH - 1) / Run.MAX_LENGTH);
        assertThat((double) index.heapBytes() / n).isLessThan(12.0);
    }
}
