package dev.raftlog.decorators.instrument;

import net.bytebuddy.asm.Advice;

/**
 * Inlined at the start of every instrumented method: asks the dispatcher whether to throw. The
 * origin string is a constant in the instrumented bytecode, so no reflection happens per call.
 */
final class MethodFaultAdvice {

    private MethodFaultAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.Origin("#t #m#d") String method) throws Throwable {
        MethodFaultDispatcher.enter(method);
    }
}
