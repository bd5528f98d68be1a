package dev.raftlog.reports;

import dev.raftlog.tck.catalogue.Level;
import dev.raftlog.tck.catalogue.Needs;
import dev.raftlog.tck.catalogue.Requirement;
import java.util.Arrays;

/** Counts the tests expect, derived from the catalogue so that adding a rule does not break them. */
public final class CatalogueCounts {
    private CatalogueCounts() {
    }

    /** Requirements in the catalogue. */
    public static int total() {
        return Requirement.values().length;
    }

    /** Requirements of {@code level} that apply to a fresh (not reopenable) general-profile store. */
    public static int forFreshGeneralStore(Level level) {
        return (int) Arrays.stream(Requirement.values())
                .filter(r -> r.level() == level && appliesToFreshGeneralStore(r)).count();
    }

    /** Requirements a fresh general-profile store has skipped. */
    public static int skippedForFreshGeneralStore() {
        return (int) Arrays.stream(Requirement.values()).filter(r -> !appliesToFreshGeneralStore(r)).count();
    }

    private static boolean appliesToFreshGeneralStore(Requirement r) {
        return r.needs() == Needs.NOTHING || r.needs() == Needs.GENERAL_PROFILE;
    }
}
