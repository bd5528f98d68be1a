package dev.raftlog.reference;

import java.nio.ByteBuffer;

/**
 * What a clean {@code close} of a preallocating store writes after the last batch: a run of
 * record-less commit frames, each naming the end of the records before the run, reaching past
 * the page that holds that end. It tells recovery where the acknowledged records end when the
 * file size cannot (the segment is zero-filled beyond them): damage inside the last batch is then
 * followed by a mark that names a later end, so it is reported as {@link CorruptLogException}
 * instead of being cut like a torn write. The run spans two pages so that one damaged page
 * (sector) cannot take the last batch's end and every mark with it. A torn mark names only the
 * end that was already durable, so cutting it loses nothing; marks are legal wherever a batch may
 * start and are skipped by the scan.
 */
final class EndMark {

    /** The unit a single fault is assumed to damage: a page, the common physical sector. */
    static final int PAGE = 4096;

    private EndMark() {
    }

    /** The marks to write at {@code dataEnd}, the end of the last batch that holds records. */
    static ByteBuffer encode(long dataEnd) {
        long nextPage = ((dataEnd - 1) / PAGE + 1) * PAGE;
        int frames = (int) ((nextPage + RecordFormat.COMMIT_FRAME - dataEnd + RecordFormat.COMMIT_FRAME - 1)
                / RecordFormat.COMMIT_FRAME);
        ByteBuffer buf = ByteBuffer.allocate(frames * RecordFormat.COMMIT_FRAME);
        for (int i = 0; i < frames; i++) {
            RecordFormat.putCommit(buf, dataEnd, 0);
        }
        return buf.flip();
    }
}
