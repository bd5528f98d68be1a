package dev.raftlog.decorators.instrument;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Fault rules on the internals of a backend, without changing its code (Byteman-style, but
 * typed and seeded):
 *
 * <pre>{@code
 * try (InstalledMethodFaults faults = MethodFaults.install(42,
 *         MethodFaults.on(SegmentWriter.class).method("flush").onNthCall(3)
 *                 .throwing(() -> new IOException("injected: flush failed")))) {
 *     // run the store; the 3rd SegmentWriter.flush() call throws
 * }   // closing restores the original bytecode
 * }</pre>
 *
 * <p>How: a Java agent is attached to the running JVM (ByteBuddy's self-attach) and the class
 * is retransformed with advice at the start of the chosen methods; closing the installation
 * retransforms it back. The class must be loaded by a class loader that can see this module
 * (the usual class path case); JDK classes cannot be instrumented. On JDK 21 and later the JVM
 * prints a warning about dynamic agent loading unless it runs with
 * {@code -XX:+EnableDynamicAgentLoading} (see the module README).
 */
public final class MethodFaults {

    private MethodFaults() {
    }

    /**
     * Starts a rule on {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is an interface, array, primitive or a JDK class
     */
    public static ClassStage on(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("class to instrument must not be null");
        }
        if (type.isInterface() || type.isArray() || type.isPrimitive()) {
            throw new IllegalArgumentException("cannot instrument " + type.getName() + ": not a class with method bodies");
        }
        if (type.getClassLoader() == null) {
            throw new IllegalArgumentException("cannot instrument " + type.getName() + ": JDK classes are not supported");
        }
        return new ClassStage(type);
    }

    /**
     * Activates rules, all random decisions coming from {@code seed}. Close the result to remove
     * them.
     *
     * @throws IllegalArgumentException if a method is already instrumented by another open installation
     * @throws IllegalStateException if the agent cannot be attached or the class cannot be retransformed
     */
    public static InstalledMethodFaults install(long seed, MethodFaultRule... rules) {
        if (rules == null || rules.length == 0) {
            throw new IllegalArgumentException("install needs at least one rule");
        }
        return InstalledMethodFaults.install(seed, List.of(rules));
    }

    /** First step: the class is chosen; choose the method. */
    public static final class ClassStage {
        private final Class<?> type;

        private ClassStage(Class<?> type) {
            this.type = type;
        }

        /**
         * The method(s) named {@code name} declared by the class; with {@code parameterTypes},
         * exactly that overload, without, every overload of that name.
         *
         * @throws IllegalArgumentException naming the class and method if no such concrete method is declared
         */
        public MethodStage method(String name, Class<?>... parameterTypes) {
            List<Method> matches = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(name) && !m.isSynthetic() && !m.isBridge())
                    .filter(m -> parameterTypes.length == 0 || Arrays.equals(m.getParameterTypes(), parameterTypes))
                    .collect(Collectors.toList());
            if (matches.isEmpty()) {
                String declared = Arrays.stream(type.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                        .map(m -> m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                                .collect(Collectors.joining(", ")) + ")")
                        .sorted().distinct().collect(Collectors.joining(", "));
                throw new IllegalArgumentException("no method " + name
                        + (parameterTypes.length == 0 ? "" : Arrays.stream(parameterTypes).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")")))
                        + " declared in " + type.getName() + " (declared methods: " + declared + ")");
            }
            for (Method m : matches) {
                if (Modifier.isAbstract(m.getModifiers()) || Modifier.isNative(m.getModifiers())) {
                    throw new IllegalArgumentException("cannot instrument " + type.getName() + "." + name
                            + ": it is abstract or native (no bytecode to instrument)");
                }
            }
            return new MethodStage(type, matches, "on(" + type.getSimpleName() + ").method(" + name + ")");
        }
    }

    /** Second step: the method is chosen; choose when the rule fires. */
    public static final class MethodStage {
        private final Class<?> type;
        private final List<Method> methods;
        private final String text;

        private MethodStage(Class<?> type, List<Method> methods, String text) {
            this.type = type;
            this.methods = methods;
            this.text = text;
        }

        /** Fires on each call independently with probability {@code p} in [0, 1], from the installation's seed. */
        public TriggerStage withProbability(double p) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("fault probability must be in [0, 1], was " + p);
            }
            return new TriggerStage(this, MethodFaultRule.Trigger.PROBABILITY, p, 0, null, ".withProbability(" + p + ")");
        }

        /** Fires on the {@code n}-th call only (n >= 1). */
        public TriggerStage onNthCall(long n) {
            positive("onNthCall", n);
            return new TriggerStage(this, MethodFaultRule.Trigger.NTH_CALL, 0, n, null, ".onNthCall(" + n + ")");
        }

        /** Fires on calls n, 2n, 3n, ... (n >= 1). */
        public TriggerStage everyNthCall(long n) {
            positive("everyNthCall", n);
            return new TriggerStage(this, MethodFaultRule.Trigger.EVERY_NTH_CALL, 0, n, null, ".everyNthCall(" + n + ")");
        }

        /** Fires on exactly the listed call numbers (each >= 1, at least one). */
        public TriggerStage onCalls(long... callNumbers) {
            if (callNumbers == null || callNumbers.length == 0) {
                throw new IllegalArgumentException("onCalls needs at least one call number");
            }
            long[] sorted = callNumbers.clone();
            Arrays.sort(sorted);
            for (long c : sorted) {
                positive("onCalls", c);
            }
            return new TriggerStage(this, MethodFaultRule.Trigger.CALLS, 0, 0, sorted,
                    ".onCalls(" + Arrays.toString(callNumbers) + ")");
        }

        /** Fires on every call. */
        public TriggerStage always() {
            return new TriggerStage(this, MethodFaultRule.Trigger.ALWAYS, 0, 0, null, ".always()");
        }

        private static void positive(String what, long n) {
            if (n < 1) {
                throw new IllegalArgumentException(what + " call numbers start at 1, was " + n);
            }
        }
    }

    /** Third step: the trigger is chosen; choose what is thrown. */
    public static final class TriggerStage {
        private final MethodStage m;
        private final MethodFaultRule.Trigger trigger;
        private final double probability;
        private final long n;
        private final long[] calls;
        private final String text;

        private TriggerStage(MethodStage m, MethodFaultRule.Trigger trigger, double probability, long n, long[] calls,
                             String text) {
            this.m = m;
            this.trigger = trigger;
            this.probability = probability;
            this.n = n;
            this.calls = calls;
            this.text = m.text + text;
        }

        /**
         * Throws a fresh exception from {@code fault} when the rule fires. The supplier is called
         * once now to check the type: a checked exception must be declared by every targeted method.
         *
         * @throws IllegalArgumentException if the supplier returns null or a checked exception the method does not declare
         */
        public MethodFaultRule throwing(Supplier<? extends Throwable> fault) {
            if (fault == null) {
                throw new IllegalArgumentException("throwing needs a supplier of the exception");
            }
            Throwable sample = fault.get();
            if (sample == null) {
                throw new IllegalArgumentException("the exception supplier of " + text + " returned null");
            }
            boolean checked = !(sample instanceof RuntimeException) && !(sample instanceof Error);
            if (checked) {
                for (Method method : m.methods) {
                    boolean declared = Arrays.stream(method.getExceptionTypes()).anyMatch(t -> t.isInstance(sample));
                    if (!declared) {
                        throw new IllegalArgumentException(m.type.getName() + "." + method.getName() + " does not declare "
                                + sample.getClass().getName() + "; throwing it would break the method's contract");
                    }
                }
            }
            return new MethodFaultRule(m.type, m.methods, trigger, probability, n, calls, fault,
                    text + ".throwing(" + sample.getClass().getSimpleName() + ")");
        }
    }
}
