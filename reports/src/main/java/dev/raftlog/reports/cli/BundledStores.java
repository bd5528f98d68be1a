package dev.raftlog.reports.cli;

import dev.raftlog.api.InMemoryLogStore;
import dev.raftlog.reference.FileLogStore;
import dev.raftlog.tck.StoreFactory;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stores the main command checks ({@code --bundled}): the project's own stores, so that one
 * command on a fresh clone shows the kit at work. To add a store, add a line to {@link #ALL}.
 */
public final class BundledStores {
    private BundledStores() {
    }

    /** A bundled store: the name {@code --store} also accepts, and how to make its factory. */
    public record Bundled(String name, Supplier<StoreFactory> factory) {
    }

    /** Every bundled store, in the order of the report's columns. */
    public static final List<Bundled> ALL = List.of(
            new Bundled("reference", () -> StoreFactory.durable(FileLogStore::open).describedAs(FileLogStore.class.getName())),
            new Bundled("in-memory", () -> StoreFactory.fresh(InMemoryLogStore::new).describedAs(InMemoryLogStore.class.getName())));

    /** The bundled store called {@code name}, or null. */
    static Bundled named(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }
}
