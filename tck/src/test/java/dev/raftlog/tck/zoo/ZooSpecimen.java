package dev.raftlog.tck.zoo;

import dev.raftlog.api.LogStore;
import dev.raftlog.tck.catalogue.Requirement;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One store of the zoo, as the kit's self-tests see it.
 *
 * @param name      the specimen's class name, unique in the zoo
 * @param breaks    the one requirement the store violates; null only for the correct controls
 *                  of {@link Zoo#controls()}
 * @param monotonic the profile the kit is told the store has (true: monotonic). A monotonic
 *                  specimen's {@code isMonotonic()} agrees unless that is its bug
 * @param fresh     a new, empty, independent store on each call
 * @param durable   opens the store kept in a directory (close, then apply again to the same
 *                  directory to reopen); null when the specimen is not reopenable
 * @param story     one sentence: what it does wrong and which real bug it imitates
 */
public record ZooSpecimen(String name, Requirement breaks, boolean monotonic, Supplier<LogStore> fresh,
        Function<Path, LogStore> durable, String story) {

    public ZooSpecimen {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fresh, () -> "fresh (" + name + ")");
        Objects.requireNonNull(story, () -> "story (" + name + ")");
    }

    /** Whether the kit can close and reopen it on a directory. */
    public boolean reopenable() {
        return durable != null;
    }

    @Override
    public String toString() {
        return name + (breaks == null ? " (correct)" : " breaks " + breaks.id());
    }
}
