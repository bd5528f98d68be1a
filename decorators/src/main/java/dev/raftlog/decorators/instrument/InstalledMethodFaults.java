package dev.raftlog.decorators.instrument;

import static net.bytebuddy.matcher.ElementMatchers.hasDescriptor;
import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;

import dev.raftlog.decorators.SeededDraws;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Method fault rules in force. {@link #close()} removes them and restores the original bytecode;
 * use try-with-resources so a failing test does not leave faults behind. Thread-safe.
 */
public final class InstalledMethodFaults implements AutoCloseable {

    private static final Object LOCK = new Object();

    private final SeededDraws draws;
    private final List<MethodFaultRule> rules;
    private final AtomicLong[] calls;
    private final Map<String, int[]> rulesByMethod = new HashMap<>();
    private final ConcurrentLinkedQueue<MethodFaultEvent> faultLog = new ConcurrentLinkedQueue<>();
    private final Instrumentation instrumentation;
    private ResettableClassFileTransformer transformer;
    private boolean closed;

    private InstalledMethodFaults(long seed, List<MethodFaultRule> rules, Instrumentation instrumentation) {
        this.draws = new SeededDraws(seed);
        this.rules = List.copyOf(rules);
        this.instrumentation = instrumentation;
        this.calls = new AtomicLong[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            calls[i] = new AtomicLong();
            for (Method m : rules.get(i).methods()) {
                rulesByMethod.merge(key(m), new int[] {i}, InstalledMethodFaults::concat);
            }
        }
    }

    static InstalledMethodFaults install(long seed, List<MethodFaultRule> rules) {
        synchronized (LOCK) {
            Instrumentation inst;
            try {
                inst = ByteBuddyAgent.install();
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot attach the instrumentation agent to this JVM (method fault rules"
                        + " need a JDK with the attach mechanism, see the decorators README)", e);
            }
            InstalledMethodFaults installed = new InstalledMethodFaults(seed, rules, inst);
            for (String method : installed.rulesByMethod.keySet()) {
                if (MethodFaultDispatcher.ACTIVE.containsKey(method)) {
                    throw new IllegalArgumentException("method " + method + " already has fault rules installed;"
                            + " close that installation first");
                }
            }
            installed.rulesByMethod.keySet().forEach(k -> MethodFaultDispatcher.ACTIVE.put(k, installed));
            try {
                installed.transform();
            } catch (RuntimeException e) {
                installed.close();
                throw e;
            }
            return installed;
        }
    }

    private void transform() {
        Set<Class<?>> types = new LinkedHashSet<>();
        rules.forEach(r -> types.add(r.type()));
        List<Throwable> errors = new ArrayList<>();
        AtomicInteger transformed = new AtomicInteger();
        AgentBuilder builder = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .ignore(none())
                .with(new AgentBuilder.Listener.Adapter() {
                    @Override
                    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
                                                 boolean loaded, DynamicType dynamicType) {
                        transformed.incrementAndGet();
                    }

                    @Override
                    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded,
                                        Throwable throwable) {
                        errors.add(throwable);
                    }
                });
        for (Class<?> type : types) {
            ElementMatcher.Junction<MethodDescription> methods = none();
            for (MethodFaultRule r : rules) {
                if (r.type() == type) {
                    for (Method m : r.methods()) {
                        methods = methods.or(named(m.getName()).and(hasDescriptor(descriptor(m))));
                    }
                }
            }
            ElementMatcher.Junction<MethodDescription> chosen = methods;
            builder = builder.type(is(type)).transform((b, td, cl, module, pd) ->
                    b.visit(Advice.to(MethodFaultAdvice.class).on(chosen))).asTerminalTransformation();
        }
        transformer = builder.installOn(instrumentation);
        if (!errors.isEmpty() || transformed.get() < types.size()) {
            IllegalStateException e = new IllegalStateException("could not instrument " + types
                    + " (transformed " + transformed.get() + " of " + types.size() + " classes)");
            errors.forEach(e::addSuppressed);
            throw e;
        }
    }

    void onCall(String method) throws Throwable {
        int[] ids = rulesByMethod.get(method);
        if (ids == null) {
            return;
        }
        for (int i : ids) {
            MethodFaultRule rule = rules.get(i);
            long call = calls[i].incrementAndGet();
            double u = rule.needsDraw() ? draws.uniform(i + 1, call) : 0;
            if (rule.fires(call, u)) {
                Throwable t = rule.newFault();
                faultLog.add(new MethodFaultEvent(method.substring(0, method.indexOf('(')).replace(' ', '.'), call,
                        rule.toString(), String.valueOf(t), Thread.currentThread().getName()));
                throw t;
            }
        }
    }

    /** Every exception thrown so far, in order. */
    public List<MethodFaultEvent> faultLog() {
        return List.copyOf(faultLog);
    }

    /** How many calls {@code rule} has seen while installed. */
    public long calls(MethodFaultRule rule) {
        int i = rules.indexOf(rule);
        if (i < 0) {
            throw new IllegalArgumentException("rule is not part of this installation: " + rule);
        }
        return calls[i].get();
    }

    /** Removes the rules and restores the original bytecode of the instrumented classes. Idempotent. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            rulesByMethod.keySet().forEach(k -> MethodFaultDispatcher.ACTIVE.remove(k, this));
            if (transformer != null) {
                transformer.reset(instrumentation, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
            }
        }
    }

    static String key(Method m) {
        return m.getDeclaringClass().getName() + " " + m.getName() + descriptor(m);
    }

    private static String descriptor(Method m) {
        return new MethodDescription.ForLoadedMethod(m).getDescriptor();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public String toString() {
        return "InstalledMethodFaults" + rules;
    }
}
