package dev.raftlog.decorators.fs;

/**
 * One change to a file's content since its last successful force: either bytes written at an
 * offset, or a new size (truncation or extension). Immutable; {@code bytes} is never mutated.
 */
record PendingWrite(long offset, byte[] bytes, long newSize) {

    static PendingWrite write(long offset, byte[] bytes) {
        return new PendingWrite(offset, bytes, -1);
    }

    static PendingWrite resize(long newSize) {
        return new PendingWrite(-1, null, newSize);
    }

    boolean isResize() {
        return bytes == null;
    }

    long length() {
        return isResize() ? -1 : bytes.length;
    }

    PagedBytes applyTo(PagedBytes content) {
        return isResize() ? content.resize(newSize) : content.write(offset, bytes, 0, bytes.length);
    }

    @Override
    public String toString() {
        return isResize() ? "resize to " + newSize : "write @" + offset + " len " + bytes.length;
    }
}
