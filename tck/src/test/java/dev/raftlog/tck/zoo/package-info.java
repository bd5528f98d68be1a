/**
 * The zoo of deliberately broken stores: the kit's evidence that it works. Each specimen is a
 * tiny subclass (or wrapper) of a correct base, {@link dev.raftlog.tck.zoo.SortedMapStore},
 * {@link dev.raftlog.tck.zoo.TrackedBoundsStore}, {@link dev.raftlog.tck.zoo.MonotonicSortedMapStore}
 * or {@link dev.raftlog.tck.zoo.DurableSortedMapStore} (durable through a
 * {@link dev.raftlog.tck.zoo.SimulatedDisk}), that breaks exactly one requirement of the
 * catalogue the way a real store did (hashicorp InmemStore, LogCache, raft-wal, raft-boltdb),
 * and is named for its bug. {@link dev.raftlog.tck.zoo.Zoo#all()} lists them with the
 * requirement each breaks; the kit's self-tests run the kit on every specimen and expect a
 * failure with that ID, and on {@link dev.raftlog.tck.zoo.Zoo#controls()} and expect none.
 * {@code ZooSanityTest} and its siblings show each bug by calling the store directly, so a
 * specimen's story does not depend on the kit being right.
 */
package dev.raftlog.tck.zoo;
