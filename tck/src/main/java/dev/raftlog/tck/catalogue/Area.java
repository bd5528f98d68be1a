package dev.raftlog.tck.catalogue;

/** The part of the contract a requirement is about; reports group requirements by area. */
public enum Area {
    EMPTY_STORE("Empty store"),
    APPEND("Append"),
    BATCHES("Batches"),
    READS("Reads"),
    ROUND_TRIP("Round trip"),
    ALIASING("Aliasing"),
    DELETE_RANGE("Delete range"),
    GENERAL_PROFILE("General profile"),
    MONOTONIC_PROFILE("Monotonic profile"),
    ARGUMENTS("Arguments"),
    RESTART("Restart"),
    MODEL("Model"),
    DURABILITY("Durability"),
    CRASH("Crash"),
    CONCURRENCY("Concurrency");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    /** A human title, e.g. "Delete range". */
    public String title() {
        return title;
    }
}
