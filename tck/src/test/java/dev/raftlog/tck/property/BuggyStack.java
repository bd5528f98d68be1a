package dev.raftlog.tck.property;

import java.util.ArrayDeque;
import java.util.Deque;

/** A stack with a planted bug: it silently drops pushes once it holds {@code keeps} elements. */
final class BuggyStack {

    private final Deque<Integer> items = new ArrayDeque<>();
    private final int keeps;
    private boolean closed;

    /** A stack that loses elements after three pushes. */
    BuggyStack() {
        this(3);
    }

    BuggyStack(int keeps) {
        this.keeps = keeps;
    }

    void push(int value) {
        requireOpen();
        if (items.size() < keeps) {
            items.push(value);
        }
    }

    int pop() {
        requireOpen();
        return items.pop();
    }

    int size() {
        requireOpen();
        return items.size();
    }

    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
    }
}
