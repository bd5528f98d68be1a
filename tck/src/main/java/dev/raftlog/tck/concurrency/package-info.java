/**
 * The concurrency part of the kit (contract rule 18): drive a store from several threads the
 * way raft does, record every call, and decide whether the history could have come from a
 * correct store. Entry point: {@link dev.raftlog.tck.concurrency.ConcurrencyCheck}; rules:
 * {@link dev.raftlog.tck.concurrency.ConcurrencyRule}.
 *
 * <h2>What is checked</h2>
 * Five rule-specific checks (LS-CONC-01..05) and a full linearizability check (LS-CONC-06)
 * against a sequential model of a general-profile store (a sorted map from index to entry
 * fingerprint). Every rule-specific check is a <em>sufficient condition for
 * non-linearizability</em> (each class states its argument), so a linearizable history never
 * trips one: they exist to name the broken rule precisely and to show a small window, while
 * LS-CONC-06 catches what they do not describe.
 *
 * <h2>Why our own checker, and which algorithm</h2>
 * Wing &amp; Gong's search with Lowe's memoisation (the algorithm of Porcupine and Knossos'
 * WGL): recorded histories here are long (thousands of calls) and come from a real store, not
 * from a scenario the tool generates. Lincheck's stress mode generates and runs its own small
 * scenarios (a handful of operations per thread), wants Kotlin on the test class path, and
 * cannot be fed an external history; it fits neither the raft workload nor the decorator-recorded
 * histories the kit also has to judge.
 *
 * <h2>Why the answer is exact (soundness)</h2>
 * <ol>
 * <li><b>Times.</b> A call's recorded interval is taken just before and just after the call, so
 *     it contains the real one; wider intervals only allow more orders. Equal timestamps count
 *     as overlapping. So timing can hide a violation but never invent one.</li>
 * <li><b>Search.</b> {@code LinearizabilitySearch} is WGL with a memo of (set of placed calls,
 *     model state). Keys are hashes: a Zobrist hash of the set (XOR of a random word per call)
 *     and two independent incremental 64-bit hashes of the state (sums of per-entry hashes,
 *     updated in O(1) per entry). A false "seen" needs all 192 bits to collide; it could only
 *     prune a branch, never accept a wrong result.</li>
 * <li><b>Reads.</b> A read that can be placed now is placed now and never un-placed to try
 *     something else: any completion that places it later can be rearranged to place it first
 *     (it changes nothing and nothing must precede it). Exact, and it removes the readers'
 *     branching.</li>
 * <li><b>Cut points (our P-compositionality).</b> A LogStore cannot be split by key as
 *     Porcupine splits a key-value store: firstIndex and lastIndex read every key. It can be
 *     split in time. At a quiescent moment (no call in flight) every linearization places the
 *     calls before it ahead of those after it, so the history is checked segment by segment,
 *     carrying across each cut the <em>exact set</em> of states the history can be in there.
 *     A segment passes if it linearizes from some state of the set, and fails (finally) if it
 *     linearizes from none. The set stays small: {@code HistorySegments} proves a segment's end
 *     state independent of the order of its calls when all its mutations returned and every two
 *     overlapping ones commute (two linearizations differ by swaps of adjacent overlapping,
 *     hence commuting, mutations), and then one linearization per start state gives the end
 *     state. Otherwise every end state is enumerated by an exhaustive search (reads pruned as in
 *     3, which keeps the set of reachable mutation orders). If the set would exceed 16 states, or
 *     a segment holds a mutation that threw or never returned, the walk carries one state on and,
 *     on a failure, re-checks everything since the last exact set before reporting.</li>
 * <li><b>Witness window.</b> On a failure the checker finds the shortest prefix of the failing
 *     segment (calls started before time T, those still running at T optional) that already
 *     has no linearization; if the whole history had one, every such prefix would too.</li>
 * <li><b>Calls that threw or never returned</b> may or may not have taken effect: a mutation of
 *     that kind is optional for the search, a read is dropped; LS-CONC-05 reports them.</li>
 * <li><b>Budget.</b> The search stops after a time or step limit and answers "undecided",
 *     which is neither a pass nor a failure.</li>
 * </ol>
 *
 * <h2>Determinism</h2>
 * The seed fixes each thread's choices given what it has observed; it cannot fix the
 * interleaving, so a run is not replayable. What is reproducible is the verdict on a recorded
 * history: {@link dev.raftlog.tck.concurrency.ConcurrencyCheck#check} on the same history
 * always says the same thing.
 */
package dev.raftlog.tck.concurrency;
