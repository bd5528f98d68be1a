package dev.raftlog.decorators.fs;

/**
 * The source of every decision a crash takes. Drawing from a seed gives one random crash state;
 * walking the tree of all possible answers enumerates every crash state. Taking all decisions
 * through this one interface is what makes both agree and makes a seed replay exactly.
 */
interface Choices {

    /** A decision among {@code bound} alternatives, in {@code 0 .. bound-1}. */
    int choose(int bound);

    /** A seed for garbage bytes, fixed by the decisions taken so far. */
    long garbageSeed();
}
