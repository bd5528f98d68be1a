package dev.raftlog.decorators.instrument;

import java.io.IOException;

/** Stands in for a backend's internal class that method fault rules instrument. */
public class SegmentWriter {
    private int flushes;
    private int writes;

    public void write(byte[] data) throws IOException {
        writes++;
    }

    public void write(String data) {
        writes++;
    }

    public int flush() throws IOException {
        return ++flushes;
    }

    public int writes() {
        return writes;
    }
}
