package dev.raftlog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.Log;
import dev.raftlog.api.LogNotFoundException;
import dev.raftlog.api.LogStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CrashMonkey-style: run a fixed workload, "crash" at every fsync of a file in turn, build the
 * images a crash may leave (only synced bytes; everything; half the unsynced bytes; the unsynced
 * bytes garbled), reopen each, and check the store holds exactly the state before or after the
 * operation that was in flight: nothing acknowledged lost, nothing invented, batches whole.
 * Directory operations are taken as durable at once (Jimfs cannot tell; the fault-injecting
 * file system of a later issue models them).
 */
class CrashPointTest {
    /** Whole 1 KiB segments zero-filled at their first batch, then overwritten in place. */
    private static final FileLogStoreOptions SMALL = FileLogStoreOptions.builder().segmentSize(1024).build();
    /** Every batch extends the file (the path without preallocation). */
    private static final FileLogStoreOptions SMALL_EXTENDING = SMALL.toBuilder().preallocate(false).build();
    /** 8 KiB segments whose zero-filled region grows a page at a time, so batches also cross growths. */
    private static final FileLogStoreOptions PAGE_BY_PAGE = FileLogStoreOptions.builder().segmentSize(8192)
            .preallocationChunk(4096).build();
    private static final int VARIANTS = 5;

    /** Thrown by a channel's force at the chosen crash point. */
    static final class SimulatedCrash extends IOException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash");
        }
    }

    /** Fsync counter and the durable content of every file, as of its last successful force. */
    static final class Disk {
        final Map<Path, byte[]> durable = new HashMap<>();
        final FileLogStoreOptions base;
        int forcesLeft;

        Disk(FileLogStoreOptions base) {
            this.base = base;
        }

        FileLogStoreOptions options() {
            return base.toBuilder().channelOpener((path, opts) -> new ForceFailingChannel(FileChannel.open(path, opts), null) {
                @Override
                public void force(boolean metaData) throws IOException {
                    if (--forcesLeft < 0) {
                        throw new SimulatedCrash();
                    }
                    super.force(metaData);
                    durable.put(path, Files.readAllBytes(path));
                }
            }).build();
        }
    }

    private static List<Object> workload() {
        List<Object> ops = new ArrayList<>();
        for (long i = 1; i <= 40; i += 4) {
            ops.add(StoreBehaviourTest.range(i, i + 3));
        }
        ops.add(new long[] {30, 40});                       // suffix
        ops.add(StoreBehaviourTest.range(30, 33));          // re-append after it
        ops.add(new long[] {10, 12});                       // middle
        ops.add(List.of(StoreBehaviourTest.entry(5).withExtensions(new byte[] {7}), StoreBehaviourTest.entry(50)));
        ops.add(new long[] {0, 20});                        // prefix: drops segments
        ops.add(List.of(StoreBehaviourTest.entry(3)));      // below first
        ops.add(StoreBehaviourTest.range(51, 60));
        ops.add(new long[] {0, Long.MAX_VALUE});            // everything
        ops.add(StoreBehaviourTest.range(100, 104));
        return ops;
    }

    @SuppressWarnings("unchecked")
    private static void apply(LogStore store, Object op) throws IOException {
        if (op instanceof long[] range) {
            store.deleteRange(range[0], range[1]);
        } else {
            store.storeLogs((List<Log>) op);
        }
    }

    @Test
    void everyCrashPointRecoversToTheStateBeforeOrAfterTheOperationInFlight() throws IOException {
        crashEverywhere(SMALL);
    }

    @Test
    void everyCrashPointRecoversWithoutPreallocation() throws IOException {
        crashEverywhere(SMALL_EXTENDING);
    }

    @Test
    void everyCrashPointRecoversWhenTheZeroFilledRegionGrowsPageByPage() throws IOException {
        crashEverywhere(PAGE_BY_PAGE);
    }

    private static void crashEverywhere(FileLogStoreOptions options) throws IOException {
        List<Object> ops = workload();
        int crashPoints = 0;
        for (int crashAt = 0; ; crashAt++) {
            try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
                Path dir = fs.getPath("/log");
                Disk disk = new Disk(options);
                disk.forcesLeft = Integer.MAX_VALUE;
                FileLogStore store = FileLogStore.open(dir, disk.options());
                disk.forcesLeft = crashAt;
                InMemoryLogStore before = new InMemoryLogStore();
                InMemoryLogStore after = new InMemoryLogStore();
                boolean crashed = false;
                for (Object op : ops) {
                    apply(after, op);
                    try {
                        apply(store, op);
                    } catch (SimulatedCrash e) {
                        crashed = true;
                        break;
                    }
                    apply(before, op);
                }
                try {
                    store.close(); // writes and syncs the end mark: one more crash point, with nothing in flight
                } catch (SimulatedCrash e) {
                    crashed = true;
                }
                if (!crashed) {
                    assertThat(crashPoints).as("crash points exercised").isGreaterThanOrEqualTo(ops.size());
                    return;
                }
                crashPoints++;
                for (int variant = 0; variant < VARIANTS; variant++) {
                    Path image = fs.getPath("/image-" + variant);
                    buildImage(dir, image, disk.durable, variant);
                    try (FileLogStore recovered = FileLogStore.open(image, options)) {
                        String where = "crash at fsync " + crashAt + ", image variant " + variant;
                        assertThat(sameAs(recovered, before) || sameAs(recovered, after))
                                .as("%s: recovered [%d..%d], before [%d..%d], after [%d..%d]", where,
                                        recovered.firstIndex(), recovered.lastIndex(), before.firstIndex(),
                                        before.lastIndex(), after.firstIndex(), after.lastIndex())
                                .isTrue();
                    }
                }
            }
        }
    }

    /** The directory a crash leaves: each file's synced bytes plus some version of its unsynced tail. */
    private static void buildImage(Path dir, Path image, Map<Path, byte[]> durable, int variant) throws IOException {
        Files.createDirectories(image);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(DirectoryLock.LOCK_FILE)) {
                    continue;
                }
                byte[] current = Files.readAllBytes(p);
                if (name.equals(PrefixMarker.FILE)) {
                    Files.write(image.resolve(name), current); // made by renaming a synced file
                    continue;
                }
                Files.write(image.resolve(name), crashed(durable.getOrDefault(p, new byte[0]), current, variant));
            }
        }
    }

    /**
     * One file after a crash. The unsynced region runs from the first byte where the file
     * differs from its synced content to the end of the file: appended bytes without
     * preallocation, overwritten zeros with it. Variants: 0 only the synced bytes; 1 all of
     * them; 2 the first half of the unsynced region new, the rest old (a torn batch followed by
     * zeros when preallocated, a shorter file when not); 3 its middle third garbled; 4 its first
     * half old (zeros) and its second half garbled (zeros then garbage). A file made shorter
     * since its last force (sealing cuts the zero tail) is either its synced or its current self.
     */
    static byte[] crashed(byte[] synced, byte[] current, int variant) {
        if (variant == 0) {
            return synced;
        }
        if (variant == 1 || current.length < synced.length) {
            return variant % 2 == 1 ? current : synced;
        }
        int from = Arrays.mismatch(synced, current);
        if (from < 0) {
            return current;
        }
        int unsynced = current.length - from;
        byte[] old = Arrays.copyOf(synced, current.length); // what the disk held there before: synced bytes, else nothing (zeros)
        return switch (variant) {
            case 2 -> {
                if (synced.length <= from) {
                    yield Arrays.copyOf(current, from + unsynced / 2);
                }
                byte[] torn = old.clone();
                System.arraycopy(current, from, torn, from, unsynced / 2);
                yield torn;
            }
            case 3 -> {
                byte[] garbled = current.clone();
                for (int i = from + unsynced / 3; i < from + 2 * unsynced / 3; i++) {
                    garbled[i] ^= 0x5a;
                }
                yield garbled;
            }
            default -> {
                byte[] out = old.clone();
                for (int i = from + unsynced / 2; i < current.length; i++) {
                    out[i] = (byte) (current[i] ^ 0x5a);
                }
                yield out;
            }
        };
    }

    private static boolean sameAs(LogStore actual, InMemoryLogStore model) throws IOException {
        if (actual.firstIndex() != model.firstIndex() || actual.lastIndex() != model.lastIndex()) {
            return false;
        }
        for (long i = 1; i <= 110; i++) {
            Log expected;
            try {
                expected = model.getLog(i);
            } catch (LogNotFoundException e) {
                expected = null;
            }
            Log got;
            try {
                got = actual.getLog(i);
            } catch (LogNotFoundException e) {
                got = null;
            }
            if (expected == null ? got != null : !expected.equals(got)) {
                return false;
            }
        }
        return true;
    }
}
