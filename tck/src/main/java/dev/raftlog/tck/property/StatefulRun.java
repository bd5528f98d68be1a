package dev.raftlog.tck.property;

import java.util.List;

/**
 * The steps one stateful run took.
 *
 * @param steps the commands run, in order; on failure the last one is the failing step
 * @param failingStep index of the step that failed; -1 if creating the system failed,
 *     {@code steps.size()} if closing it failed or the next command could not be drawn
 */
record StatefulRun<M, S>(List<Command<M, S>> steps, int failingStep) {
}
