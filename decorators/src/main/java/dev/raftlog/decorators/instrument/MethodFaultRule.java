package dev.raftlog.decorators.instrument;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A fault rule on a method of any class of a backend: "throw this from {@code Writer.flush} on
 * the 3rd call". Immutable; built by {@link MethodFaults#on(Class)}, checked at each step (the
 * method must exist, a probability must lie in [0, 1], a checked exception must be one the
 * method declares) and activated by {@link MethodFaults#install(long, MethodFaultRule...)}.
 *
 * <p>Call numbers count calls of the method (all overloads when no parameter types were given)
 * while the rule is installed, from 1.
 */
public final class MethodFaultRule {

    enum Trigger { PROBABILITY, NTH_CALL, EVERY_NTH_CALL, CALLS, ALWAYS }

    private final Class<?> type;
    private final List<Method> methods;
    private final Trigger trigger;
    private final double probability;
    private final long n;
    private final long[] calls;
    private final Supplier<? extends Throwable> fault;
    private final String description;

    MethodFaultRule(Class<?> type, List<Method> methods, Trigger trigger, double probability, long n, long[] calls,
                    Supplier<? extends Throwable> fault, String description) {
        this.type = type;
        this.methods = List.copyOf(methods);
        this.trigger = trigger;
        this.probability = probability;
        this.n = n;
        this.calls = calls;
        this.fault = fault;
        this.description = description;
    }

    /** The instrumented class. */
    public Class<?> type() {
        return type;
    }

    /** The instrumented methods (one, or every overload of the name). */
    public List<Method> methods() {
        return methods;
    }

    boolean needsDraw() {
        return trigger == Trigger.PROBABILITY;
    }

    boolean fires(long call, double u) {
        return switch (trigger) {
            case PROBABILITY -> u < probability;
            case NTH_CALL -> call == n;
            case EVERY_NTH_CALL -> call % n == 0;
            case CALLS -> Arrays.binarySearch(calls, call) >= 0;
            case ALWAYS -> true;
        };
    }

    Throwable newFault() {
        return fault.get();
    }

    /** The rule as written, e.g. {@code "on(SegmentWriter).method(flush).onNthCall(3).throwing(IOException)"}. */
    @Override
    public String toString() {
        return description;
    }
}
