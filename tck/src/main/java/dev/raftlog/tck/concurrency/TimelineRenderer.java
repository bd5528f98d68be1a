package dev.raftlog.tck.concurrency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a window of calls as ASCII lanes, one per thread, each call a bar from its start to its
 * end with its label inside, e.g.
 * <pre>
 * T1 writer    |--storeLogs[11..14,t2]-----------------|
 * T3 reader-1      |-getLog(13)=NOT_FOUND-|  |-getLog(12)=Log[12,t2]-|
 * </pre>
 * The horizontal axis keeps the order of starts and ends (what matters for linearizability), not
 * their proportions: bars are stretched to fit their labels. A legend below gives each call's
 * exact start and end in microseconds from the first drawn start.
 */
final class TimelineRenderer {

    private static final int MAX_WIDTH_WITH_LABELS = 180;

    private TimelineRenderer() {
    }

    static String render(List<Call> window) {
        if (window.isEmpty()) {
            return "(no calls)\n";
        }
        String[] full = window.stream().map(Call::label).toArray(String[]::new);
        String[] ids = window.stream().map(c -> "#" + c.id()).toArray(String[]::new);
        Layout layout = layout(window, full);
        String[] labels = full;
        if (layout.width > MAX_WIDTH_WITH_LABELS) {
            layout = layout(window, ids);
            labels = ids;
        }
        Map<Integer, String> lanes = new TreeMap<>();
        for (Call c : window) {
            lanes.putIfAbsent(c.thread(), "T" + c.thread() + " " + c.role());
        }
        int nameWidth = lanes.values().stream().mapToInt(String::length).max().orElse(0) + 1;
        Map<Integer, char[]> rows = new TreeMap<>();
        for (Integer t : lanes.keySet()) {
            char[] row = new char[layout.width + 2];
            Arrays.fill(row, ' ');
            rows.put(t, row);
        }
        for (int i = 0; i < window.size(); i++) {
            Call c = window.get(i);
            char[] row = rows.get(c.thread());
            int from = layout.startCol[i];
            int to = layout.endCol[i];
            for (int x = from; x <= to; x++) {
                row[x] = '-';
            }
            row[from] = '|';
            row[to] = c.outcome() == Outcome.PENDING ? '>' : '|';
            String label = labels[i];
            for (int k = 0; k < label.length() && from + 2 + k < to; k++) {
                row[from + 2 + k] = label.charAt(k);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, char[]> e : rows.entrySet()) {
            out.append(pad(lanes.get(e.getKey()), nameWidth)).append(new String(e.getValue()).stripTrailing()).append('\n');
        }
        long t0 = window.stream().mapToLong(Call::start).min().getAsLong();
        out.append('\n');
        for (Call c : window) {
            out.append(pad("#" + c.id(), 7)).append(pad("T" + c.thread() + " " + c.role(), nameWidth))
                    .append(pad(c.label(), 44)).append(' ')
                    .append(micros(c.start() - t0)).append(" .. ")
                    .append(c.end() == Long.MAX_VALUE ? "never" : micros(c.end() - t0));
            if (c.failure() != null) {
                out.append("  threw ").append(c.failure());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private record Layout(int[] startCol, int[] endCol, int width) {
    }

    /** Columns that keep the order of all starts and ends and leave room for every label. */
    private static Layout layout(List<Call> window, String[] labels) {
        int n = window.size();
        long pendingEnd = window.stream().mapToLong(c -> c.end() == Long.MAX_VALUE ? c.start() : c.end()).max().getAsLong() + 1;
        List<long[]> events = new ArrayList<>(2 * n); // time, kind (0 start, 1 end), call
        for (int i = 0; i < n; i++) {
            Call c = window.get(i);
            events.add(new long[] {c.start(), 0, i});
            events.add(new long[] {c.end() == Long.MAX_VALUE ? pendingEnd : c.end(), 1, i});
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] startCol = new int[n];
        int[] endCol = new int[n];
        Map<Integer, Integer> laneFree = new TreeMap<>();
        int col = -1;
        long prevTime = Long.MIN_VALUE;
        for (long[] ev : events) {
            int i = (int) ev[2];
            int min = ev[0] == prevTime ? Math.max(col, 0) : col + 1;
            if (ev[1] == 0) {
                int c = Math.max(min, laneFree.getOrDefault(window.get(i).thread(), 0));
                startCol[i] = c;
                col = c;
            } else {
                int c = Math.max(min, startCol[i] + labels[i].length() + 3);
                endCol[i] = c;
                laneFree.put(window.get(i).thread(), c + 3);
                col = c;
            }
            prevTime = ev[0];
        }
        return new Layout(startCol, endCol, col + 1);
    }

    private static String micros(long nanos) {
        return String.format(java.util.Locale.ROOT, "+%.1fus", nanos / 1000.0);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
