package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;

/**
 * Breaks LS-TRIP-05: stores the term in a 32-bit unsigned field, so terms above 2^32 - 1 come
 * back truncated (Long.MAX_VALUE reads as 4294967295); indexes keep all 63 bits.
 */
public class TermAsInt extends SortedMapStore {

    @Override
    protected Log encode(Log in) {
        Log copy = in.deepCopy();
        return new Log(copy.index(), copy.term() & 0xFFFF_FFFFL, copy.type(), copy.data(), copy.extensions(),
                copy.appendedAt());
    }
}
