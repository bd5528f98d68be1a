package dev.raftlog.reference;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable configuration of a {@link FileLogStore}, built with {@link #builder()}.
 *
 * <p>{@code segmentSize} is the size at which the active segment is sealed and a new one started
 * (a batch is never split, so a segment may exceed it by one batch). {@code maxEntrySize} bounds
 * {@code data.length + extensions.length} of one entry; a batch holding a larger entry is
 * rejected before anything is written.
 */
public final class FileLogStoreOptions {

    /** 64 MiB. */
    public static final long DEFAULT_SEGMENT_SIZE = 64L << 20;
    /** 8 MiB, the largest entry hashicorp/raft's stores are known to handle. */
    public static final int DEFAULT_MAX_ENTRY_SIZE = 8 << 20;
    /** Smallest allowed segment size: small segments are for tests of rotation. */
    public static final long MIN_SEGMENT_SIZE = 1024;
    /** Largest allowed segment size; positions in the index keep 40 bits of offset. */
    public static final long MAX_SEGMENT_SIZE = 1L << 32;
    /** Largest allowed entry size. */
    public static final int MAX_MAX_ENTRY_SIZE = 1 << 30;
    /** 8 MiB: the most the zero-filled region of the active segment grows by at a time. */
    public static final long DEFAULT_PREALLOCATION_CHUNK = 8L << 20;
    /** Smallest allowed preallocation chunk (one page). */
    public static final long MIN_PREALLOCATION_CHUNK = 4096;

    /** Opens the store's file channels; tests substitute one that fails {@code force}. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException;
    }

    private static final FileLogStoreOptions DEFAULTS = builder().build();

    private final long segmentSize;
    private final int maxEntrySize;
    private final ChannelOpener channelOpener;
    private final boolean mapSealedSegments;
    private final boolean preallocate;
    private final long preallocationChunk;

    private FileLogStoreOptions(Builder b) {
        this.mapSealedSegments = b.mapSealedSegments;
        this.preallocate = b.preallocate;
        this.preallocationChunk = b.preallocationChunk;
        this.segmentSize = b.segmentSize;
        this.maxEntrySize = b.maxEntrySize;
        this.channelOpener = b.channelOpener;
    }

    /** The defaults: 64 MiB segments, 8 MiB entries, preallocation in chunks of up to 8 MiB. */
    public static FileLogStoreOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.segmentSize = segmentSize;
        b.maxEntrySize = maxEntrySize;
        b.channelOpener = channelOpener;
        b.mapSealedSegments = mapSealedSegments;
        b.preallocate = preallocate;
        b.preallocationChunk = preallocationChunk;
        return b;
    }

    /** Size in bytes at which a segment is sealed. */
    public long segmentSize() {
        return segmentSize;
    }

    /** Largest accepted {@code data.length + extensions.length} of one entry, in bytes. */
    public int maxEntrySize() {
        return maxEntrySize;
    }

    /**
     * Whether sealed segments on the default file system are memory-mapped for reads (default
     * true). Never on other file systems. Reads check the CRC either way.
     */
    public boolean mapSealedSegments() {
        return mapSealedSegments;
    }

    /**
     * Whether the active segment is zero-filled (and forced) ahead of the writes (default true),
     * so that a batch's fdatasync overwrites blocks that already exist in a file whose size does
     * not change. When false, every batch extends the file. Either way the files have the same
     * format and a store written with one setting opens with the other.
     */
    public boolean preallocate() {
        return preallocate;
    }

    /**
     * The most the zero-filled region grows by at a time, in bytes (default 8 MiB). It starts at
     * 64 KiB per segment (or this, if smaller) and doubles up to this, so small logs stay small.
     */
    public long preallocationChunk() {
        return preallocationChunk;
    }

    ChannelOpener channelOpener() {
        return channelOpener;
    }

    @Override
    public String toString() {
        return "FileLogStoreOptions[segmentSize=" + segmentSize + ", maxEntrySize=" + maxEntrySize
                + ", mapSealedSegments=" + mapSealedSegments + ", preallocate=" + preallocate
                + ", preallocationChunk=" + preallocationChunk + "]";
    }

    /** Builds {@link FileLogStoreOptions}; every setter checks its argument at once. */
    public static final class Builder {
        private long segmentSize = DEFAULT_SEGMENT_SIZE;
        private int maxEntrySize = DEFAULT_MAX_ENTRY_SIZE;
        private ChannelOpener channelOpener = FileChannel::open;
        private boolean mapSealedSegments = true;
        private boolean preallocate = true;
        private long preallocationChunk = DEFAULT_PREALLOCATION_CHUNK;

        private Builder() {
        }

        /**
         * Size at which the active segment is sealed.
         *
         * @throws IllegalArgumentException outside {@link #MIN_SEGMENT_SIZE}..{@link #MAX_SEGMENT_SIZE}
         */
        public Builder segmentSize(long bytes) {
            if (bytes < MIN_SEGMENT_SIZE || bytes > MAX_SEGMENT_SIZE) {
                throw new IllegalArgumentException("segmentSize must be in " + MIN_SEGMENT_SIZE + ".."
                        + MAX_SEGMENT_SIZE + ", was " + bytes);
            }
            this.segmentSize = bytes;
            return this;
        }

        /**
         * Largest accepted entry payload ({@code data} plus {@code extensions}).
         *
         * @throws IllegalArgumentException outside 0..{@link #MAX_MAX_ENTRY_SIZE}
         */
        public Builder maxEntrySize(int bytes) {
            if (bytes < 0 || bytes > MAX_MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("maxEntrySize must be in 0.." + MAX_MAX_ENTRY_SIZE + ", was " + bytes);
            }
            this.maxEntrySize = bytes;
            return this;
        }

        /** Whether to memory-map sealed segments for reads on the default file system. */
        public Builder mapSealedSegments(boolean map) {
            this.mapSealedSegments = map;
            return this;
        }

        /** Whether to zero-fill the active segment ahead of the writes (see {@link FileLogStoreOptions#preallocate()}). */
        public Builder preallocate(boolean preallocate) {
            this.preallocate = preallocate;
            return this;
        }

        /**
         * The most the zero-filled region grows by at a time.
         *
         * @throws IllegalArgumentException outside {@link #MIN_PREALLOCATION_CHUNK}..{@link #MAX_SEGMENT_SIZE}
         */
        public Builder preallocationChunk(long bytes) {
            if (bytes < MIN_PREALLOCATION_CHUNK || bytes > MAX_SEGMENT_SIZE) {
                throw new IllegalArgumentException("preallocationChunk must be in " + MIN_PREALLOCATION_CHUNK + ".."
                        + MAX_SEGMENT_SIZE + ", was " + bytes);
            }
            this.preallocationChunk = bytes;
            return this;
        }

        /** For tests in this package: how file channels are opened (e.g. one whose force fails). */
        Builder channelOpener(ChannelOpener opener) {
            this.channelOpener = Objects.requireNonNull(opener, "channelOpener");
            return this;
        }

        /** The options. */
        public FileLogStoreOptions build() {
            return new FileLogStoreOptions(this);
        }
    }
}
