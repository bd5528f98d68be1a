package dev.raftlog.decorators.instrument;

/**
 * One exception a method fault rule threw.
 *
 * @param method  the instrumented method, e.g. {@code "dev.x.SegmentWriter.flush"}
 * @param call    which call of the rule it was (from 1)
 * @param rule    the rule, as written
 * @param thrown  {@code toString()} of the exception thrown
 * @param thread  name of the thread that called the method
 */
public record MethodFaultEvent(String method, long call, String rule, String thrown, String thread) {
}
