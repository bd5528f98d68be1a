package dev.raftlog.tck.concurrency;

/**
 * The concurrency rules of the LogStore contract (rule 18 of the contract document) that this
 * engine checks. Each violation the engine reports names exactly one of these rules.
 */
public enum ConcurrencyRule {
    /** A reader never sees part of a batch. */
    LS_CONC_01("LS-CONC-01", "A reader never sees part of a batch"),
    /** A read of an index being truncated returns not-found or the old entry. */
    LS_CONC_02("LS-CONC-02",
            "A read of an index being truncated returns not-found or the old entry, never garbage or another index's entry"),
    /** firstIndex() never exceeds lastIndex(). */
    LS_CONC_03("LS-CONC-03", "firstIndex() <= lastIndex() whenever both are non-zero"),
    /** Bounds move backwards only through a delete. */
    LS_CONC_04("LS-CONC-04", "Bounds never move backwards except by a delete"),
    /** No deadlock, no exception outside the contract. */
    LS_CONC_05("LS-CONC-05", "No call deadlocks or throws anything but the contract's exceptions under concurrency"),
    /** The whole history has a sequential explanation. */
    LS_CONC_06("LS-CONC-06", "Every concurrent history is linearizable with respect to the sequential LogStore model");

    private final String id;
    private final String text;

    ConcurrencyRule(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The catalogue identifier, e.g. {@code LS-CONC-01}. */
    public String id() {
        return id;
    }

    /** The catalogue entry for this rule. */
    public dev.raftlog.tck.catalogue.Requirement requirement() {
        return dev.raftlog.tck.catalogue.Requirement.byId(id);
    }

    /** One sentence stating the rule. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return id + " " + text;
    }
}
