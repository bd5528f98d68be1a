package dev.raftlog.decorators.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * Depth-first walk over every sequence of decisions: each pass replays the decisions of the
 * previous pass up to the last one that still has an untried alternative, takes that
 * alternative, and answers 0 to every decision after it. Call {@link #begin()} before each pass
 * and {@link #advance()} after it.
 */
final class ChoiceTree implements Choices {

    private final List<Integer> taken = new ArrayList<>();
    private final List<Integer> bounds = new ArrayList<>();
    private int position;

    void begin() {
        position = 0;
    }

    @Override
    public int choose(int bound) {
        if (bound <= 1) {
            return 0;
        }
        int value;
        if (position < taken.size()) {
            value = taken.get(position);
            bounds.set(position, bound);
        } else {
            value = 0;
            taken.add(0);
            bounds.add(bound);
        }
        position++;
        return value;
    }

    @Override
    public long garbageSeed() {
        long h = 1125899906842597L;
        for (int i = 0; i < position; i++) {
            h = 31 * h + taken.get(i);
        }
        return h;
    }

    /** Moves to the next unexplored sequence; false when every sequence has been taken. */
    boolean advance() {
        while (taken.size() > position) {
            taken.remove(taken.size() - 1);
            bounds.remove(bounds.size() - 1);
        }
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (taken.get(i) + 1 < bounds.get(i)) {
                taken.set(i, taken.get(i) + 1);
                while (taken.size() > i + 1) {
                    taken.remove(taken.size() - 1);
                    bounds.remove(bounds.size() - 1);
                }
                return true;
            }
        }
        return false;
    }
}
