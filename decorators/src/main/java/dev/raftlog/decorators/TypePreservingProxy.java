package dev.raftlog.decorators;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.raftlog.api.Log;
import dev.raftlog.api.LogStore;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.EqualsMethod;
import net.bytebuddy.implementation.HashCodeMethod;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Makes the outward object of a wrapper look like the wrapped store: a generated class whose six
 * LogStore operations go to the fault-injecting chain and whose every other method goes to the
 * wrapped store, so {@code instanceof} checks and store-specific methods keep working.
 *
 * <p>The generated class is defined in the store's own package (through a private lookup) so
 * it can extend package-private classes and call package-private methods; one class per store
 * class is generated and cached. A subclass instance is created without running any constructor
 * of the store's class (as serialization does), so wrapping never opens a second copy of a store.
 */
final class TypePreservingProxy {

    private static final String CHAIN = "raftlog$chain";
    private static final String TARGET = "raftlog$target";

    record Wrapped(LogStore store, WrappingMode mode) {
    }

    private record Generated(Class<?> type, WrappingMode mode, Constructor<?> instantiator) {
    }

    private static final ClassValue<Generated> CACHE = new ClassValue<>() {
        @Override
        protected Generated computeValue(Class<?> type) {
            return generate(type);
        }
    };

    private TypePreservingProxy() {
    }

    static Wrapped wrap(LogStore target, LogStore chain) {
        Generated g = CACHE.get(target.getClass());
        if (g.mode() == WrappingMode.PLAIN) {
            return new Wrapped(chain, WrappingMode.PLAIN);
        }
        try {
            Object proxy = g.instantiator().newInstance();
            Field chainField = g.type().getField(CHAIN);
            Field targetField = g.type().getField(TARGET);
            chainField.setAccessible(true); // the generated class may be package-private like the store's
            targetField.setAccessible(true);
            chainField.set(proxy, chain);
            targetField.set(proxy, target);
            return new Wrapped((LogStore) proxy, g.mode());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not instantiate the wrapper class for " + target.getClass().getName(), e);
        }
    }

    private static Generated generate(Class<?> type) {
        Set<Class<?>> interfaces = allInterfaces(type);
        // Without a way to skip constructors, a subclass would have to run one of the store's: use interfaces.
        boolean subclass = canSubclass(type) && serializationConstructor(Object.class) != null;
        if (!subclass && interfaces.equals(Set.of(LogStore.class))) {
            return new Generated(null, WrappingMode.PLAIN, null);
        }
        MethodHandles.Lookup lookup;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException | RuntimeException e) {
            // A named module that does not open the package to us: only the LogStore view is possible.
            return new Generated(null, WrappingMode.PLAIN, null);
        }
        String name = type.getName() + "$RaftlogFaulty";
        DynamicType.Builder<?> builder = subclass
                ? new ByteBuddy().subclass(type, ConstructorStrategy.Default.NO_CONSTRUCTORS)
                : new ByteBuddy().subclass(Object.class).implement(new ArrayList<>(interfaces));
        builder = builder.name(name)
                .defineField(CHAIN, LogStore.class, Visibility.PUBLIC)
                .defineField(TARGET, type, Visibility.PUBLIC)
                // everything that is not a LogStore operation runs on the real store
                .method(forwardable(subclass))
                .intercept(MethodCall.invokeSelf().onField(TARGET).withAllArguments()
                        .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
        // Identity of the wrapper, not of the store: forwarding equals would make w.equals(w) false
        // for stores with identity equality; a subclass inheriting a value equals would compare empty fields.
        builder = builder.method(named("equals").and(takesArguments(Object.class))).intercept(EqualsMethod.isolated())
                .method(named("hashCode").and(takesArguments(0))).intercept(HashCodeMethod.usingDefaultOffset());
        for (Method op : operations()) {
            builder = builder.method(named(op.getName()).and(takesArguments(op.getParameterTypes())))
                    .intercept(MethodCall.invoke(op).onField(CHAIN).withAllArguments()
                            .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
        }
        try {
            Class<?> generated = builder.make()
                    .load(type.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
                    .getLoaded();
            Constructor<?> instantiator = subclass ? serializationConstructor(generated) : generated.getConstructor();
            instantiator.setAccessible(true);
            return new Generated(generated, subclass ? WrappingMode.SUBCLASS : WrappingMode.INTERFACES, instantiator);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("could not generate a type-preserving wrapper for " + type.getName()
                    + "; use typePreserving(false) to wrap it as a plain LogStore", e);
        }
    }

    private static ElementMatcher.Junction<net.bytebuddy.description.method.MethodDescription> forwardable(boolean subclass) {
        ElementMatcher.Junction<net.bytebuddy.description.method.MethodDescription> m =
                not(ElementMatchers.isStatic()).and(not(ElementMatchers.isFinal()))
                        .and(not(named("finalize").and(takesArguments(0))))
                        .and(not(named("clone").and(takesArguments(0))));
        return subclass ? m : m.and(not(isDeclaredBy(Object.class)).or(named("toString")));
    }

    private static List<Method> operations() {
        try {
            return List.of(
                    LogStore.class.getMethod("firstIndex"),
                    LogStore.class.getMethod("lastIndex"),
                    LogStore.class.getMethod("getLog", long.class),
                    LogStore.class.getMethod("storeLog", Log.class),
                    LogStore.class.getMethod("storeLogs", List.class),
                    LogStore.class.getMethod("deleteRange", long.class, long.class));
        } catch (NoSuchMethodException e) {
            throw new AssertionError("LogStore changed", e);
        }
    }

    /** Non-final, and no final instance method of its own (it would run on the empty proxy). */
    private static boolean canSubclass(Class<?> type) {
        if (Modifier.isFinal(type.getModifiers()) || type.isAnonymousClass() || type.isHidden()
                || (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
            return false;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isFinal(mod) && !Modifier.isStatic(mod) && !Modifier.isPrivate(mod) && !m.isSynthetic()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<Class<?>> allInterfaces(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (Modifier.isPublic(i.getModifiers()) || i.getPackage() == type.getPackage()) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * A constructor that creates an instance running only Object's constructor (how
     * deserialization creates objects), or null when the JVM offers none. It lives in the
     * exported {@code jdk.unsupported} module on JDK 17 and 25.
     */
    private static Constructor<?> serializationConstructor(Class<?> generated) {
        try {
            Class<?> rf = Class.forName("sun.reflect.ReflectionFactory");
            Object factory = rf.getMethod("getReflectionFactory").invoke(null);
            Method m = rf.getMethod("newConstructorForSerialization", Class.class, Constructor.class);
            return (Constructor<?>) m.invoke(factory, generated, Object.class.getDeclaredConstructor());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
