package dev.raftlog.tck.catalogue;

import dev.raftlog.tck.LogStoreKit;
import dev.raftlog.tck.Verifies;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the catalogue as {@code tck/REQUIREMENTS.md}, with the kit tests that check each
 * rule. The kit's build fails when the committed file differs from what this renders;
 * regenerate with {@code java -cp ... dev.raftlog.tck.catalogue.RequirementsDocument tck/REQUIREMENTS.md}
 * (or {@code mvn -pl tck test -Draftlog.regenerate=true}).
 */
public final class RequirementsDocument {
    private RequirementsDocument() {
    }

    /** The kit tests that check each requirement, found on {@link LogStoreKit}'s rule interfaces. */
    public static Map<Requirement, List<String>> testsByRequirement() {
        Map<Requirement, List<String>> byRule = new EnumMap<>(Requirement.class);
        Set<Class<?>> groups = new LinkedHashSet<>(List.of(LogStoreKit.class.getInterfaces()));
        for (Class<?> group : groups) {
            List<Method> methods = new ArrayList<>(List.of(group.getDeclaredMethods()));
            methods.sort(Comparator.comparing(Method::getName));
            for (Method m : methods) {
                Verifies v = m.getAnnotation(Verifies.class);
                if (v != null) {
                    for (Requirement r : v.value()) {
                        byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(group.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        return byRule;
    }

    /** The whole document. */
    public static String render() {
        Map<Requirement, List<String>> tests = testsByRequirement();
        StringBuilder s = new StringBuilder();
        s.append("# raftlog requirement catalogue\n\n");
        s.append("Generated from `dev.raftlog.tck.catalogue.Requirement`; do not edit by hand (the build checks it).\n");
        s.append("Levels follow RFC 2119: a store is conformant when every MUST rule that applies to it passes.\n");
        s.append("\"Applies to\" says what a store must declare for the rule to run; otherwise it is skipped with that reason.\n\n");
        long must = count(Level.MUST);
        s.append(Requirement.values().length).append(" requirements: ").append(must).append(" MUST, ")
                .append(count(Level.SHOULD)).append(" SHOULD, ").append(count(Level.MAY)).append(" MAY.\n");
        Area current = null;
        for (Requirement r : Requirement.values()) {
            if (r.area() != current) {
                current = r.area();
                s.append("\n## ").append(current.title()).append("\n");
            }
            s.append("\n### ").append(r.id()).append(" (").append(r.level()).append(")\n\n");
            s.append(r.sentence()).append("\n\n");
            s.append("- Why: ").append(r.rationale()).append('\n');
            s.append("- Evidence: ").append(r.evidence()).append('\n');
            s.append("- Applies to: ").append(applies(r.needs())).append('\n');
            s.append("- Checked by: ").append(String.join(", ", tests.getOrDefault(r, List.of("(no test yet)")).stream()
                    .map(t -> "`" + t + "`").toList())).append('\n');
        }
        return s.toString();
    }

    private static String applies(Needs needs) {
        return switch (needs) {
            case NOTHING -> "every store";
            case GENERAL_PROFILE -> "general-profile stores";
            case MONOTONIC_PROFILE -> "monotonic-profile stores";
            case REOPEN -> "reopenable stores (StoreFactory.durable)";
            case CRASH_TESTABLE -> "durable stores that open on any Path (crash-tested on the kit's fault-injecting file system)";
        };
    }

    private static long count(Level level) {
        return java.util.Arrays.stream(Requirement.values()).filter(r -> r.level() == level).count();
    }

    /** Writes the document to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RequirementsDocument <path of REQUIREMENTS.md>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), render(), StandardCharsets.UTF_8);
    }
}
