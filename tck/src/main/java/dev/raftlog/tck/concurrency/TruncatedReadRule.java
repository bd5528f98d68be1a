package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * LS-CONC-02, a read never returns garbage or another index's entry, and never an entry already
 * gone. A getLog that returned an entry is a violation when the entry's index is not the one
 * asked for; when no storeLogs that started before the read ended wrote that exact entry (every
 * payload the workload writes is unique, so this is data nobody wrote); or when the entry was
 * certainly deleted or overwritten before the read began (a mutation of that index returned
 * normally, starting after the entry's write ended and ending before the read started). A read
 * that overlaps the truncation may return the old entry or not-found: both are allowed.
 */
final class TruncatedReadRule {

    private TruncatedReadRule() {
    }

    static List<Violation> check(HistoryIndex h) {
        List<Violation> found = new ArrayList<>();
        for (Call r : h.history.calls()) {
            if (found.size() >= HistoryIndex.MAX_PER_RULE) {
                break;
            }
            if (r.kind() != OpKind.GET_LOG || r.outcome() != Outcome.OK) {
                continue;
            }
            EntryFingerprint e = r.entry();
            if (e.index() != r.index()) {
                found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_02,
                        r.label() + " (call #" + r.id() + ") returned the entry of index " + e.index()
                                + " for index " + r.index() + ".", h.firstWriterOf(e), r));
                continue;
            }
            Call writer = h.latestWriterBefore(e, r.end());
            if (writer == null) {
                Call later = h.firstWriterOf(e);
                Call realWrite = latestWriteBefore(h, r);
                Call delete = deleteDuring(h, r);
                found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_02,
                        r.label() + " (call #" + r.id() + ") returned data no storeLogs had written"
                                + (later == null ? "" : " yet (call #" + later.id() + " wrote it later)")
                                + ": garbage (content hash " + Long.toHexString(e.contentHash()) + " matches no write"
                                + (realWrite == null ? "" : "; index " + r.index() + " was last written by call #" + realWrite.id())
                                + (delete == null ? "" : "; " + delete.label() + " ran at the same time") + ").",
                        realWrite, delete, later, r));
                continue;
            }
            Call gone = h.mutationStrictlyBetween(r.index(), writer.end(), r.start(), e);
            if (gone != null) {
                found.add(HistoryIndex.violation(ConcurrencyRule.LS_CONC_02,
                        r.label() + " (call #" + r.id() + ") returned the entry written by call #" + writer.id()
                                + ", but " + gone.label() + " (call #" + gone.id()
                                + ") had replaced or removed it before the read began.", writer, gone, r));
            }
        }
        return found;
    }

    private static Call latestWriteBefore(HistoryIndex h, Call r) {
        Call latest = null;
        for (Call s : h.storesOf(r.index())) {
            if (s.start() <= r.end() && (latest == null || s.start() > latest.start())) {
                latest = s;
            }
        }
        return latest;
    }

    private static Call deleteDuring(HistoryIndex h, Call r) {
        for (Call d : h.deletes) {
            if (d.overlaps(r.start(), r.end()) && d.touchesIndex(r.index())) {
                return d;
            }
        }
        return null;
    }
}
