package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The sequential specification of a general-profile LogStore, over entry fingerprints: a sorted
 * map from index to entry. {@link #step} applies a call if its recorded result is what the
 * specification would return in the current state, and hands back how to undo it, so the
 * linearizability search can backtrack without copying states.
 *
 * <p>The state carries two independent 64-bit hashes, kept up to date incrementally (a sum of a
 * per-entry hash, so order of insertion does not matter), which the search uses to memoise
 * (linearized set, state) pairs in O(1).
 */
final class SequentialLogModel {

    private static final long SALT_A = 0x6a09e667f3bcc909L;
    private static final long SALT_B = 0xbb67ae8584caa73bL;

    /** Marker for a step that did not change the state. */
    static final Object NO_CHANGE = new Object();

    private final TreeMap<Long, EntryFingerprint> entries = new TreeMap<>();
    private long hashA;
    private long hashB;

    SequentialLogModel() {
    }

    SequentialLogModel(NavigableMap<Long, EntryFingerprint> initial) {
        for (EntryFingerprint e : initial.values()) {
            put(e);
        }
    }

    long hashA() {
        return hashA;
    }

    long hashB() {
        return hashB;
    }

    long first() {
        return entries.isEmpty() ? 0 : entries.firstKey();
    }

    long last() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    int size() {
        return entries.size();
    }

    /** A copy of the current contents. */
    NavigableMap<Long, EntryFingerprint> snapshot() {
        return new TreeMap<>(entries);
    }

    /**
     * Applies {@code call} if its result is consistent with the current state.
     *
     * @return null if the recorded result is impossible here (state unchanged); otherwise an
     *         undo token to pass to {@link #undo} ({@link #NO_CHANGE} for reads)
     */
    Object step(Call call) {
        switch (call.kind()) {
            case FIRST_INDEX:
                return call.value() == first() ? NO_CHANGE : null;
            case LAST_INDEX:
                return call.value() == last() ? NO_CHANGE : null;
            case GET_LOG: {
                EntryFingerprint held = entries.get(call.index());
                if (call.outcome() == Outcome.NOT_FOUND) {
                    return held == null ? NO_CHANGE : null;
                }
                return call.entry().equals(held) ? NO_CHANGE : null;
            }
            case STORE_LOGS: {
                if (call.batch().isEmpty()) {
                    return NO_CHANGE;
                }
                List<Object> undo = new ArrayList<>(call.batch().size() * 2);
                for (EntryFingerprint e : call.batch()) {
                    EntryFingerprint previous = put(e);
                    undo.add(e.index());
                    undo.add(previous);
                }
                return undo;
            }
            case DELETE_RANGE: {
                if (call.index() > call.max()) {
                    return NO_CHANGE;
                }
                NavigableMap<Long, EntryFingerprint> range = entries.subMap(call.index(), true, call.max(), true);
                if (range.isEmpty()) {
                    return NO_CHANGE;
                }
                TreeMap<Long, EntryFingerprint> removed = new TreeMap<>(range);
                for (EntryFingerprint e : removed.values()) {
                    unhash(e);
                }
                range.clear();
                return removed;
            }
            default:
                throw new IllegalStateException("unknown kind " + call.kind());
        }
    }

    /** Reverts the step that returned {@code token}; steps must be undone last-first. */
    @SuppressWarnings("unchecked")
    void undo(Object token) {
        if (token == NO_CHANGE) {
            return;
        }
        if (token instanceof TreeMap) {
            for (EntryFingerprint e : ((TreeMap<Long, EntryFingerprint>) token).values()) {
                put(e);
            }
            return;
        }
        List<Object> undo = (List<Object>) token;
        for (int i = undo.size() - 2; i >= 0; i -= 2) {
            long index = (Long) undo.get(i);
            EntryFingerprint previous = (EntryFingerprint) undo.get(i + 1);
            if (previous == null) {
                unhash(entries.remove(index));
            } else {
                put(previous);
            }
        }
    }

    private EntryFingerprint put(EntryFingerprint e) {
        EntryFingerprint previous = entries.put(e.index(), e);
        if (previous != null) {
            unhash(previous);
        }
        hashA += e.spread(SALT_A);
        hashB += e.spread(SALT_B);
        return previous;
    }

    private void unhash(EntryFingerprint e) {
        hashA -= e.spread(SALT_A);
        hashB -= e.spread(SALT_B);
    }

    /** Short description for reports: bounds and size. */
    String describe() {
        if (entries.isEmpty()) {
            return "empty";
        }
        return entries.size() + " entries, first=" + first() + ", last=" + last();
    }

    static String describe(Map<Long, EntryFingerprint> state) {
        return new SequentialLogModel(new TreeMap<>(state)).describe();
    }
}
