package dev.raftlog.decorators.fs;

import java.util.Arrays;

/**
 * Immutable file content in 4 KiB pages, copy-on-write: a write copies only the pages it
 * touches, so durable content can be snapshotted at every crash point for the price of a
 * pointer array. Missing pages read as zeros.
 */
final class PagedBytes {

    static final PagedBytes EMPTY = new PagedBytes(new byte[0][], 0);
    private static final int SHIFT = 12;
    private static final int PAGE = 1 << SHIFT;

    private final byte[][] pages;
    private final long size;

    private PagedBytes(byte[][] pages, long size) {
        this.pages = pages;
        this.size = size;
    }

    static PagedBytes of(byte[] bytes) {
        return EMPTY.write(0, bytes, 0, bytes.length);
    }

    long size() {
        return size;
    }

    /** The content with {@code len} bytes of {@code src} at {@code offset}; grows (zero-filled) as needed. */
    PagedBytes write(long offset, byte[] src, int from, int len) {
        long end = offset + len;
        long newSize = Math.max(size, end);
        byte[][] copy = Arrays.copyOf(pages, pageCount(newSize));
        long pos = offset;
        int done = 0;
        while (done < len) {
            int p = (int) (pos >>> SHIFT);
            int in = (int) (pos & (PAGE - 1));
            int n = Math.min(PAGE - in, len - done);
            byte[] page = copy[p] == null ? new byte[PAGE] : copy[p].clone();
            System.arraycopy(src, from + done, page, in, n);
            copy[p] = page;
            pos += n;
            done += n;
        }
        return new PagedBytes(copy, newSize);
    }

    /** The content cut or zero-extended to {@code newSize}. */
    PagedBytes resize(long newSize) {
        if (newSize == size) {
            return this;
        }
        byte[][] copy = Arrays.copyOf(pages, pageCount(newSize));
        if (newSize < size) {
            int last = (int) (newSize >>> SHIFT);
            int in = (int) (newSize & (PAGE - 1));
            if (in != 0 && copy[last] != null) {
                // Zero the cut tail so a later extension reads zeros, as a file system guarantees.
                byte[] page = copy[last].clone();
                Arrays.fill(page, in, PAGE, (byte) 0);
                copy[last] = page;
            }
        }
        return new PagedBytes(copy, newSize);
    }

    /** Copies {@code len} bytes from {@code offset} (must lie within the size) into {@code dst}. */
    void read(long offset, byte[] dst, int to, int len) {
        long pos = offset;
        int done = 0;
        while (done < len) {
            int p = (int) (pos >>> SHIFT);
            int in = (int) (pos & (PAGE - 1));
            int n = Math.min(PAGE - in, len - done);
            if (pages[p] == null) {
                Arrays.fill(dst, to + done, to + done + n, (byte) 0);
            } else {
                System.arraycopy(pages[p], in, dst, to + done, n);
            }
            pos += n;
            done += n;
        }
    }

    byte[] toArray() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("file too large to materialize: " + size + " bytes");
        }
        byte[] out = new byte[(int) size];
        read(0, out, 0, out.length);
        return out;
    }

    private static int pageCount(long size) {
        long n = (size + PAGE - 1) >>> SHIFT;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("file too large: " + size + " bytes");
        }
        return (int) n;
    }
}
