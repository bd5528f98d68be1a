package dev.raftlog.decorators.fs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The post-crash tree before it is written into a fresh Jimfs: absolute paths in creation order
 * (parents first), {@code null} content for directories, plus the decisions that produced it.
 */
record PlannedState(LinkedHashMap<String, byte[]> entries, List<FaultEvent> events) {

    /** A digest of the tree (paths, kinds, bytes), to tell distinct crash states apart. */
    String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                if (e.getValue() == null) {
                    md.update((byte) 1);
                } else {
                    md.update((byte) 2);
                    md.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
                    md.update(e.getValue());
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
