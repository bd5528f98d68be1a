package dev.raftlog.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.reports.stores.ExclusiveDeleteStore;
import dev.raftlog.reports.stores.NotAStore;
import dev.raftlog.reports.stores.SilentRejectionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's exit codes, progress lines and summary table, run in-process. */
class RaftlogCliTest {
    /** Rules in the catalogue; the crash rules are skipped for in-memory stores (they need a durable factory). */
    private static final int RULES = dev.raftlog.tck.catalogue.Requirement.values().length;
    private static final long CRASH_RULES = java.util.Arrays.stream(dev.raftlog.tck.catalogue.Requirement.values())
            .filter(r -> r.needs() == dev.raftlog.tck.catalogue.Needs.CRASH_TESTABLE).count();

    @Test
    void aConformantStoreExitsZeroWithProgressAndASummaryTable() {
        CliRun run = CliRun.of("--store", "in-memory", "--tries", "quick", "--seed", "7");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("[dev.raftlog.api.InMemoryLogStore] " + RULES + " rules to check")
                .contains("0/" + RULES + " rules done, 0 failed so far; now LS-EMPTY-01")
                .containsPattern("\\d+/" + RULES + " rules done, 0 failed so far; now LS-MODEL-01")
                .contains(RULES + "/" + RULES + " rules done, 0 failed");
        assertThat(run.out()).containsPattern("store\\s+MUST\\s+SHOULD\\s+MAY\\s+skipped\\s+not run\\s+verdict \\(--fail-on must\\)")
                .containsPattern("dev.raftlog.api.InMemoryLogStore\\s+34/34\\s+2/2\\s+0/0\\s+" + (7 + CRASH_RULES) + "\\s+0\\s+PASS CONFORMANT");
    }

    @Test
    void aBrokenStoreExitsOneAndItsFailuresAreInTheTableWithProgressCountingThem() {
        CliRun run = CliRun.of("--store", ExclusiveDeleteStore.class.getName(), "--tries", "quick");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL NOT CONFORMANT (MUST rules violated: ")
                .containsPattern("FAIL  dev.raftlog.reports.stores.ExclusiveDeleteStore LS-DELETE-04 \\(MUST\\): .+");
        assertThat(run.err()).containsPattern("rules done, [1-9]\\d* failed so far; now LS-");
    }

    @Test
    void failOnShouldAlsoFailsOnViolatedShouldRules() {
        String[] common = {"--store", SilentRejectionStore.class.getName(), "--only", "LS-ARGS-01,LS-ARGS-02,LS-ARGS-03"};
        CliRun must = CliRun.of(common);
        CliRun should = CliRun.of(concat(common, "--fail-on", "should"));

        assertThat(must.exit()).as(must.toString()).isZero();
        assertThat(must.out()).contains("PASS CONFORMANT (optional rules failed: LS-ARGS-03)");
        assertThat(should.exit()).as(should.toString()).isEqualTo(1);
        assertThat(should.out()).contains("verdict (--fail-on should)").contains("FAIL CONFORMANT (optional rules failed: LS-ARGS-03)");
    }

    @Test
    void onlyRunsTheNamedRulesAndLeavesTheOthersNotRun() {
        CliRun run = CliRun.of("--store", "in-memory", "--only", "LS-DELETE-04");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("1 rules to check").contains("1/1 rules done, 0 failed");
        assertThat(run.out()).containsPattern("InMemoryLogStore\\s+1/1\\s+0/0\\s+0/0\\s+0\\s+" + (RULES - 1) + "\\s+PASS CONFORMANT");
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage() {
        assertUsage(CliRun.of(), "give --store NAME");
        assertUsage(CliRun.of("--store", "com.example.Missing"), "store class com.example.Missing not found on the classpath");
        assertUsage(CliRun.of("--store", NotAStore.class.getName()), "is neither a LogStore");
        assertUsage(CliRun.of("--store", "in-memory", "--frobnicate"), "Unknown option: '--frobnicate'");
        assertUsage(CliRun.of("--store", "in-memory", "--fail-on", "may"), "--fail-on must be 'must' or 'should', was 'may'");
        assertUsage(CliRun.of("--store", "in-memory", "--tries", "lots"), "must be a positive integer or one of quick, default, deep, soak");
        assertUsage(CliRun.of("--store", "in-memory", "--only", "LS-NOPE-01"), "unknown requirement ID 'LS-NOPE-01'");
        assertUsage(CliRun.of("--store", "in-memory", "--seed", "x"), "Invalid value for option '--seed'");
        assertUsage(CliRun.of("--store", "in-memory", "--classpath", "/no/such/dir"), "--classpath entry /no/such/dir does not exist");
        assertUsage(CliRun.of("--store", "x.Y", "--profile", "sideways"), "--profile must be general or monotonic");
        assertUsage(CliRun.of("--bundled", "--store", "in-memory"), "store dev.raftlog.api.InMemoryLogStore is given twice");
        assertThat(System.getProperty("raftlog.tries")).as("a rejected --tries must not stay set").isNull();
    }

    @Test
    void helpPrintsTheOptionsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--store=NAME", "--classpath=PATHS", "--profile", "--tries", "--seed", "--report=DIR",
                "--fail-on", "--only", "--bundled", "Exit codes:", "2   usage error");
    }

    @Test
    void classpathFindsAStoreTheCliCannotSeeOtherwise(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/com/example/CompiledStore.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package com.example;
                public class CompiledStore implements java.util.function.Supplier<dev.raftlog.api.LogStore> {
                    public dev.raftlog.api.LogStore get() { return new dev.raftlog.api.InMemoryLogStore(); }
                }
                """, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.toString());
        assertThat(compiled).isZero();

        CliRun without = CliRun.of("--store", "com.example.CompiledStore", "--only", "LS-EMPTY-01");
        CliRun with = CliRun.of("--store", "com.example.CompiledStore", "--only", "LS-EMPTY-01",
                "--classpath", classes.toString());

        assertThat(without.exit()).as(without.toString()).isEqualTo(2);
        assertThat(with.exit()).as(with.toString()).isZero();
        assertThat(with.out()).containsPattern("com.example.CompiledStore\\s+1/1\\s+0/0\\s+0/0\\s+0\\s+" + (RULES - 1) + "\\s+PASS CONFORMANT");
    }

    @Test
    void bundledRunsEveryBundledStore() {
        CliRun run = CliRun.of("--bundled", "--only", "LS-EMPTY-01");

        assertThat(run.exit()).as(run.toString()).isZero();
        for (BundledStores.Bundled b : BundledStores.ALL) {
            assertThat(run.out()).contains(b.factory().get().description());
        }
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(message).contains("Usage: raftlog");
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(List.of(a).stream(), List.of(b).stream()).toArray(String[]::new);
    }
}
