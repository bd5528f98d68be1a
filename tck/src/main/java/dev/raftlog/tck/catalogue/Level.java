package dev.raftlog.tck.catalogue;

/** How binding a requirement is, in the sense of RFC 2119. */
public enum Level {
    /** Raft relies on it: a store that breaks it can lose or corrupt a cluster's log. */
    MUST,
    /** Expected of a good store; breaking it surprises users but does not break Raft. */
    SHOULD,
    /** Optional behaviour; checked so that a store claiming it really has it. */
    MAY
}
