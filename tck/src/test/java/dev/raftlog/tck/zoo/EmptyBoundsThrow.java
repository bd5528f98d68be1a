package dev.raftlog.tck.zoo;

import dev.raftlog.api.Log;
import java.io.IOException;
import java.util.List;

/**
 * Breaks LS-EMPTY-01: reads its bounds from a segment header that does not exist before the
 * first write, so firstIndex() and lastIndex() of a brand-new store throw IllegalStateException
 * instead of returning 0; once any write or delete created the header, an empty store reports
 * 0 / 0 correctly.
 */
public class EmptyBoundsThrow extends SortedMapStore {

    private boolean headerWritten;

    @Override
    public synchronized long firstIndex() throws IOException {
        requireHeader();
        return super.firstIndex();
    }

    @Override
    public synchronized long lastIndex() throws IOException {
        requireHeader();
        return super.lastIndex();
    }

    @Override
    protected void applyBatch(List<Log> batch) throws IOException {
        super.applyBatch(batch);
        headerWritten = true;
    }

    @Override
    protected void applyDelete(long min, long max) throws IOException {
        super.applyDelete(min, max);
        headerWritten = true;
    }

    private void requireHeader() {
        if (!headerWritten) {
            throw new IllegalStateException("no segment header yet");
        }
    }
}
