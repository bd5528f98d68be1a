package dev.raftlog.tck.property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The text form of one test case: {@code "rl1:"} followed by base64url (no padding) of zig-zag
 * varints; the first varint is a hash of the property name, the rest are the choices.
 *
 * <p>The name hash lets one token be set for a whole test run ({@code -Draftlog.replay=...}):
 * only the property that printed it replays it, every other property runs as usual.
 */
final class ReplayToken {

    static final String PREFIX = "rl1:";

    /** A decoded token. */
    record Decoded(int nameHash, long[] choices) {
        boolean isFor(String propertyName) {
            return nameHash == hash(propertyName);
        }
    }

    private ReplayToken() {
    }

    static String encode(String propertyName, long[] choices) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(choices.length + 8);
        writeVarint(out, zigZag(hash(propertyName)));
        for (long choice : choices) {
            writeVarint(out, zigZag(choice));
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * Decodes a token.
     *
     * @throws IllegalArgumentException naming what is wrong if {@code token} is not a token
     *     this engine wrote
     */
    static Decoded decode(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "a replay token starts with '" + PREFIX + "', but was '" + token + "'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("replay token '" + token + "' is not valid base64url: "
                    + e.getMessage(), e);
        }
        long[] values = new long[bytes.length];
        int count = 0;
        int pos = 0;
        while (pos < bytes.length) {
            long raw = 0;
            int shift = 0;
            while (true) {
                if (pos >= bytes.length || shift > 63) {
                    throw new IllegalArgumentException("replay token '" + token + "' is truncated or corrupt");
                }
                byte b = bytes[pos++];
                raw |= (long) (b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            values[count++] = unZigZag(raw);
        }
        if (count == 0) {
            throw new IllegalArgumentException("replay token '" + token + "' is empty");
        }
        long nameHash = values[0];
        if (nameHash < Integer.MIN_VALUE || nameHash > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("replay token '" + token + "' is corrupt (bad property hash)");
        }
        long[] choices = Arrays.copyOfRange(values, 1, count);
        for (long c : choices) {
            if (c < 0) {
                throw new IllegalArgumentException("replay token '" + token + "' is corrupt (negative choice)");
            }
        }
        return new Decoded((int) nameHash, choices);
    }

    static int hash(String propertyName) {
        // FNV-1a over UTF-8: stable across JVMs and releases, so old tokens keep working.
        int h = 0x811C9DC5;
        for (byte b : propertyName.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
