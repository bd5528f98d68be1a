package dev.raftlog.tck.runner;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.api.LogStore;
import dev.raftlog.tck.StoreFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a class name given on the command line into a {@link StoreFactory}: a {@link LogStore}
 * with a public no-arg constructor (one instance per test), a {@code Supplier<LogStore>}, or a
 * {@code Function<Path, LogStore>} (durable: enables the restart rules). {@code in-memory} names
 * the bundled {@link InMemoryLogStore}.
 */
public final class StoreClassResolver {
    /** The shortcut for the bundled in-memory store. */
    public static final String IN_MEMORY = "in-memory";

    private StoreClassResolver() {
    }

    /**
     * @throws IllegalArgumentException with a message for the user when the class cannot be used
     */
    @SuppressWarnings("unchecked")
    public static StoreFactory resolve(String name, ClassLoader loader) {
        if (IN_MEMORY.equals(name)) {
            return StoreFactory.fresh(InMemoryLogStore::new).describedAs(InMemoryLogStore.class.getName());
        }
        Class<?> type;
        try {
            type = Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("store class " + name + " not found on the classpath"
                    + (e instanceof LinkageError ? " (" + e + ")" : "") + "; give the fully qualified name, or '" + IN_MEMORY + "'");
        }
        if (LogStore.class.isAssignableFrom(type)) {
            Constructor<?> c = noArgConstructor(type);
            return StoreFactory.fresh(() -> (LogStore) construct(c)).describedAs(name);
        }
        if (Function.class.isAssignableFrom(type)) {
            Function<Path, ?> opener = (Function<Path, ?>) construct(noArgConstructor(type));
            return StoreFactory.durable(dir -> asStore(opener.apply(dir), name)).describedAs(name);
        }
        if (Supplier.class.isAssignableFrom(type)) {
            Supplier<?> supplier = (Supplier<?>) construct(noArgConstructor(type));
            return StoreFactory.fresh(() -> asStore(supplier.get(), name)).describedAs(name);
        }
        throw new IllegalArgumentException(name + " is neither a LogStore, a Supplier<LogStore> nor a Function<Path, LogStore>");
    }

    private static Constructor<?> noArgConstructor(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is abstract; name a concrete class");
        }
        try {
            Constructor<?> c = type.getConstructor();
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public no-arg constructor");
        }
    }

    private static Object construct(Constructor<?> c) {
        try {
            return c.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + c.getDeclaringClass().getName() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot call the constructor of " + c.getDeclaringClass().getName() + ": " + e);
        }
    }

    private static LogStore asStore(Object made, String name) {
        if (made instanceof LogStore store) {
            return store;
        }
        throw new IllegalStateException(name + " returned " + (made == null ? "null" : made.getClass().getName())
                + " instead of a LogStore");
    }
}
