package dev.raftlog.decorators.fs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides, from a {@link CrashImage}, a {@link CrashModel} and a source of {@link Choices}, what
 * a machine would find on its disk after power loss. Decisions are taken in a fixed order
 * (directory operations, then files in path order, then each file's writes in order) so that
 * the same choices always give the same state.
 */
final class CrashPlanner {

    private enum SectorFate { OLD, NEW, ZERO, GARBAGE }

    private final CrashImage image;
    private final CrashModel model;
    private final Choices choices;
    private final List<FaultEvent> events = new ArrayList<>();
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();

    CrashPlanner(CrashImage image, CrashModel model, Choices choices) {
        this.image = image;
        this.model = model;
        this.choices = choices;
    }

    PlannedState plan() {
        Map<Integer, Map<String, Integer>> dirs = new HashMap<>();
        for (CrashImage.NodeImage n : image.nodes().values()) {
            if (n.directory()) {
                dirs.put(n.id(), new TreeMap<>(n.durableEntries()));
            }
        }
        List<DirOp> ops = image.pendingDirOps();
        int keep = switch (model.dirOps()) {
            case LOSE_ALL -> 0;
            case KEEP_ALL -> ops.size();
            case KEEP_RANDOM_PREFIX -> choices.choose(ops.size() + 1);
        };
        for (int i = 0; i < ops.size(); i++) {
            DirOp op = ops.get(i);
            if (i < keep) {
                op.applyTo(dirs);
            }
            events.add(new FaultEvent(i < keep ? FaultEvent.Kind.DIR_OP_KEPT : FaultEvent.Kind.DIR_OP_DROPPED,
                    image.nodes().get(op.node()).path(), -1, -1, op.description()));
        }
        Set<Integer> visited = new HashSet<>();
        visited.add(image.rootId());
        walk(dirs, image.rootId(), "", visited);
        for (Map.Entry<Integer, Map<String, Integer>> d : dirs.entrySet()) {
            if (!visited.contains(d.getKey())) {
                for (Map.Entry<String, Integer> child : d.getValue().entrySet()) {
                    events.add(new FaultEvent(FaultEvent.Kind.ORPHANED, image.nodes().get(child.getValue()).path(),
                            -1, -1, "entry '" + child.getKey() + "' lives in a directory that did not survive"));
                }
            }
        }
        return new PlannedState(entries, events);
    }

    private void walk(Map<Integer, Map<String, Integer>> dirs, int dirId, String prefix, Set<Integer> visited) {
        for (Map.Entry<String, Integer> e : dirs.get(dirId).entrySet()) {
            CrashImage.NodeImage child = image.nodes().get(e.getValue());
            String path = prefix + "/" + e.getKey();
            if (child == null || (child.directory() && !visited.add(child.id()))) {
                continue;
            }
            if (child.directory()) {
                entries.put(path, null);
                walk(dirs, child.id(), path, visited);
            } else {
                entries.put(path, content(child, path).toArray());
            }
        }
    }

    private PagedBytes content(CrashImage.NodeImage file, String path) {
        PagedBytes content = file.durable();
        List<PendingWrite> pending = file.pending();
        int n = pending.size();
        if (n == 0) {
            return content;
        }
        switch (model.writes()) {
            case LOSE_ALL -> content = prefix(content, pending, 0, path);
            case KEEP_ALL -> content = prefix(content, pending, n, path);
            case KEEP_RANDOM_PREFIX -> content = prefix(content, pending, choices.choose(n + 1), path);
            case TORN -> {
                int k = choices.choose(n + 1);
                content = prefix(content, pending, k, path);
                if (k < n) {
                    content = tear(content, pending.get(k), path);
                }
            }
            case REORDER -> {
                for (PendingWrite w : pending) {
                    for (PendingWrite piece : pieces(w)) {
                        boolean kept = choices.choose(2) == 1;
                        content = kept ? piece.applyTo(content) : content;
                        log(kept ? FaultEvent.Kind.WRITE_KEPT : FaultEvent.Kind.WRITE_DROPPED, path, piece,
                                kept ? "page piece written back" : "page piece not written back");
                    }
                }
            }
        }
        return content;
    }

    /** Applies the first {@code k} writes; the rest, except a torn one, are dropped. */
    private PagedBytes prefix(PagedBytes content, List<PendingWrite> pending, int k, String path) {
        for (int i = 0; i < pending.size(); i++) {
            PendingWrite w = pending.get(i);
            if (i < k) {
                content = w.applyTo(content);
                log(FaultEvent.Kind.WRITE_KEPT, path, w, "unsynced write " + (i + 1) + "/" + pending.size() + " survived");
            } else if (i > k || model.writes() != WriteLoss.TORN) {
                log(FaultEvent.Kind.WRITE_DROPPED, path, w, "unsynced write " + (i + 1) + "/" + pending.size() + " lost");
            }
        }
        return content;
    }

    private PagedBytes tear(PagedBytes content, PendingWrite w, String path) {
        if (w.isResize()) {
            boolean kept = choices.choose(2) == 1;
            log(kept ? FaultEvent.Kind.WRITE_KEPT : FaultEvent.Kind.WRITE_DROPPED, path, w, "in-flight resize");
            return kept ? w.applyTo(content) : content;
        }
        SectorFate[] options = switch (model.tornFill()) {
            case ZEROS -> new SectorFate[] {SectorFate.OLD, SectorFate.NEW, SectorFate.ZERO};
            case GARBAGE -> new SectorFate[] {SectorFate.OLD, SectorFate.NEW, SectorFate.GARBAGE};
            case ZEROS_OR_GARBAGE -> SectorFate.values();
        };
        long sector = image.config().sectorSize();
        long start = w.offset();
        long end = start + w.bytes().length;
        Random garbage = null;
        StringBuilder pattern = new StringBuilder();
        long fileEnd = Math.max(content.size(), end);
        for (long s = start - Math.floorMod(start, sector); s < end; s += sector) {
            long from = Math.max(start, s);
            int len = (int) (Math.min(end, s + sector) - from);
            SectorFate fate = options[choices.choose(options.length)];
            pattern.append(fate.name().charAt(0));
            if (model.wholeSectorTears() && (fate == SectorFate.ZERO || fate == SectorFate.GARBAGE)) {
                from = s; // a non-atomic sector write damages the sector's old bytes too
                len = (int) (Math.min(fileEnd, s + sector) - s);
            }
            switch (fate) {
                case OLD -> { }
                case NEW -> content = content.write(from, w.bytes(), (int) (from - start), len);
                case ZERO -> content = content.write(from, new byte[len], 0, len);
                case GARBAGE -> {
                    if (garbage == null) {
                        garbage = new Random(choices.garbageSeed());
                    }
                    byte[] junk = new byte[len];
                    garbage.nextBytes(junk);
                    content = content.write(from, junk, 0, len);
                }
            }
        }
        log(FaultEvent.Kind.WRITE_TORN, path, w, "in-flight write torn into " + sector
                + "-byte sectors [O=old N=new Z=zeros G=garbage]: " + pattern);
        return content;
    }

    /** The write cut at page boundaries: the units the page cache writes back independently. */
    private List<PendingWrite> pieces(PendingWrite w) {
        if (w.isResize()) {
            return List.of(w);
        }
        long page = image.config().pageSize();
        List<PendingWrite> out = new ArrayList<>();
        long pos = w.offset();
        long end = pos + w.bytes().length;
        while (pos < end) {
            long next = Math.min(end, pos - Math.floorMod(pos, page) + page);
            int from = (int) (pos - w.offset());
            byte[] part = java.util.Arrays.copyOfRange(w.bytes(), from, from + (int) (next - pos));
            out.add(PendingWrite.write(pos, part));
            pos = next;
        }
        if (out.isEmpty()) {
            out.add(w);
        }
        return out;
    }

    private void log(FaultEvent.Kind kind, String path, PendingWrite w, String detail) {
        events.add(new FaultEvent(kind, path, w.isResize() ? w.newSize() : w.offset(), w.length(), detail));
    }
}
