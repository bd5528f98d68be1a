package dev.raftlog.tck.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.raftlog.api.LogStore;
import dev.raftlog.tck.catalogue.Needs;
import dev.raftlog.tck.catalogue.Area;
import dev.raftlog.tck.catalogue.Requirement;
import dev.raftlog.tck.crashzoo.CrashZoo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows, without the kit, that every specimen is broken as its story says and that the correct
 * bases are right on the same calls: each {@link Probe} runs against the specimen and against
 * every control of the specimen's profile.
 */
class ZooSanityTest {

    static Stream<Probe> probes() {
        return Stream.of(BoundsProbes.all(), EntryProbes.all(), ProfileAndRestartProbes.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void specimenObservesItsBugAndControlsDoNot(Probe probe, @TempDir Path dir) throws Exception {
        ZooSpecimen specimen = Zoo.byName(probe.specimen());

        String observed = probe.script().run(opener(specimen, probe, dir.resolve("specimen")));
        if (probe.broken() == null) {
            assertThat(observed).as("%s must be right here", specimen.name()).isIn(probe.correct());
        } else {
            assertThat(observed).as("%s must show its bug", specimen.name()).isEqualTo(probe.broken());
        }

        for (ZooSpecimen control : controlsFor(specimen, probe)) {
            String correct = probe.script().run(opener(control, probe, dir.resolve("control-" + control.name())));
            assertThat(correct).as("control %s", control.name()).isIn(probe.correct());
        }
    }

    /** The correct bases of the specimen's declared profile (only reopenable ones when the probe reopens). */
    private static List<ZooSpecimen> controlsFor(ZooSpecimen specimen, Probe probe) {
        return Zoo.controls().stream()
                .filter(c -> c.monotonic() == specimen.monotonic())
                .filter(c -> !probe.reopens() || c.reopenable())
                .toList();
    }

    private static Probe.Opener opener(ZooSpecimen specimen, Probe probe, Path dir) {
        if (probe.reopens()) {
            assertThat(specimen.reopenable()).as("%s must be reopenable for %s", specimen.name(), probe).isTrue();
            return () -> specimen.durable().apply(dir);
        }
        return () -> specimen.fresh().get();
    }

    @Test
    void everySpecimenHasADemonstrationAndEveryProbeASpecimen() {
        Set<String> shown = probes().filter(p -> p.broken() != null).map(Probe::specimen).collect(Collectors.toSet());
        // Concurrency specimens are right one call at a time; their demonstrations are concurrent
        // runs, in dev.raftlog.tck.concurrency.ZooTest.
        Set<String> names = Zoo.all().stream().filter(s -> s.breaks().area() != Area.CONCURRENCY)
                .map(ZooSpecimen::name).collect(Collectors.toSet());
        assertThat(shown).containsExactlyInAnyOrderElementsOf(names);
        assertThat(probes().map(Probe::specimen)).allMatch(names::contains);
    }

    /**
     * Every requirement has a specimen that breaks it: the crash rules (those needing
     * CRASH_TESTABLE) in the crash zoo of broken file stores, every other rule in this zoo.
     */
    @Test
    void theZooBreaksEveryRequirementOfTheCatalogue() {
        Set<Requirement> broken = EnumSet.noneOf(Requirement.class);
        Zoo.all().forEach(s -> broken.add(s.breaks()));
        assertThat(broken).noneMatch(r -> r.needs() == Needs.CRASH_TESTABLE);
        Set<Requirement> crashBroken = EnumSet.noneOf(Requirement.class);
        CrashZoo.all().forEach(s -> crashBroken.add(s.breaks()));
        assertThat(crashBroken).allMatch(r -> r.needs() == Needs.CRASH_TESTABLE);
        broken.addAll(crashBroken);
        assertThat(broken).containsExactlyInAnyOrder(Requirement.values());
        assertThat(Zoo.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CrashZoo.all()).hasSizeGreaterThanOrEqualTo(crashBroken.size());
    }

    @Test
    void namesAreUniqueAndFindable() {
        List<String> names = new ArrayList<>();
        Stream.concat(Zoo.all().stream(), Zoo.controls().stream()).forEach(s -> names.add(s.name()));
        assertThat(names).doesNotHaveDuplicates();
        for (String name : names) {
            assertThat(Zoo.byName(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> Zoo.byName("NoSuchStore"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchStore");
        assertThat(Zoo.breaking(Requirement.READ_NOT_FOUND)).extracting(ZooSpecimen::name)
                .containsExactlyInAnyOrder("NotFoundAsNull", "NotFoundWrongException");
    }

    @Test
    void specimensAreNamedForTheirClassAndGiveFreshStores() throws Exception {
        for (ZooSpecimen specimen : Stream.concat(Zoo.all().stream(), Zoo.controls().stream()).toList()) {
            LogStore one = specimen.fresh().get();
            LogStore two = specimen.fresh().get();
            assertThat(one.getClass().getSimpleName()).as(specimen.name()).isEqualTo(specimen.name());
            assertThat(one).as(specimen.name()).isNotSameAs(two);
            one.storeLog(Probe.entry(7));
            two.storeLog(Probe.entry(8));
            assertThat(Probe.read(two, 7)).as("%s: fresh stores must not share entries", specimen.name())
                    .isEqualTo("not-found");
        }
    }

    @Test
    void declaredProfileMatchesTheFlagUnlessTheFlagIsTheBug() {
        for (ZooSpecimen specimen : Stream.concat(Zoo.all().stream(), Zoo.controls().stream()).toList()) {
            boolean flag = specimen.fresh().get().isMonotonic();
            if (specimen.breaks() == Requirement.MONOTONIC_FLAG) {
                assertThat(flag).as(specimen.name()).isNotEqualTo(specimen.monotonic());
            } else {
                assertThat(flag).as(specimen.name()).isEqualTo(specimen.monotonic());
            }
        }
    }

    @Test
    void exactlyTheRestartSpecimensAreReopenable() {
        for (ZooSpecimen specimen : Zoo.all()) {
            assertThat(specimen.reopenable()).as(specimen.name())
                    .isEqualTo(specimen.breaks().needs() == Needs.REOPEN);
        }
        assertThat(Zoo.byName("DurableSortedMapStore").reopenable()).isTrue();
    }

    @Test
    void everyStoryIsOneSentence() {
        for (ZooSpecimen specimen : Stream.concat(Zoo.all().stream(), Zoo.controls().stream()).toList()) {
            assertThat(specimen.story()).as(specimen.name()).isNotBlank().endsWith(".");
            assertThat(Arrays.stream(specimen.story().split("\\. ")).count()).as(specimen.name()).isEqualTo(1);
        }
    }

    @Test
    void collateralNamesRealSpecimensAndNeverTheirOwnRule() {
        for (String name : Collateral.specimensWithCollateral()) {
            ZooSpecimen specimen = Zoo.byName(name);
            assertThat(Collateral.mayAlsoFail(name)).as(name).isNotEmpty().doesNotContain(specimen.breaks());
        }
        assertThat(Collateral.mayAlsoFail("SortedMapStore")).isEmpty();
    }

    @Test
    void specimenRecordRejectsMissingParts() {
        assertThatThrownBy(() -> new ZooSpecimen("X", null, false, null, null, "s."))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("X");
    }
}
