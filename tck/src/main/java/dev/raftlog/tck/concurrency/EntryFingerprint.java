package dev.raftlog.tck.concurrency;

import dev.raftlog.api.Log;

/**
 * What the checker remembers of a log entry: its index, term and a 64-bit hash of type, data,
 * extensions and append time. The workload writes a unique payload into every entry, so two
 * different writes never share a fingerprint and a read can be traced to the one write it came
 * from (or to none: garbage).
 *
 * @param index       the entry's index
 * @param term        the entry's term
 * @param contentHash hash of everything else in the entry
 */
public record EntryFingerprint(long index, long term, long contentHash) {

    /** The fingerprint of {@code log}. */
    public static EntryFingerprint of(Log log) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, log.type().code());
        h = fnvBytes(h, log.data());
        h = fnv(h, 0x1F);
        h = fnvBytes(h, log.extensions());
        if (log.appendedAt() != null) {
            h = fnv(h, (int) log.appendedAt().getEpochSecond());
            h = fnv(h, log.appendedAt().getNano());
        }
        return new EntryFingerprint(log.index(), log.term(), mix(h));
    }

    /** A well-spread 64-bit hash of this fingerprint, with one of two independent salts. */
    long spread(long salt) {
        return mix(index * 0x9E3779B97F4A7C15L ^ mix(term + salt) ^ contentHash * (salt | 1));
    }

    private static long fnvBytes(long h, byte[] bytes) {
        for (byte b : bytes) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }

    private static long fnv(long h, int v) {
        for (int i = 0; i < 4; i++) {
            h = (h ^ ((v >>> (8 * i)) & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: cheap and avalanches every bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "Log[" + index + ",t" + term + "]";
    }
}
