package dev.raftlog.tck;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/** Names kit tests "LS-DELETE-04 prefix delete includes its upper bound", so reports read like the catalogue. */
final class KitDisplayNames extends DisplayNameGenerator.Standard {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method method) {
        Verifies v = method.getAnnotation(Verifies.class);
        String words = method.getName().replaceAll("([A-Z])", " $1").toLowerCase();
        return v == null ? words : v.value()[0].id() + " " + words;
    }
}
