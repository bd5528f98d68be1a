/**
 * A small property-based testing engine in the style of Hypothesis: generators draw from a
 * recorded sequence of choices, so every generator shrinks and replays exactly for free.
 *
 * <h2>Plain properties</h2>
 * <pre>{@code
 * Property.check("sum of small lists stays small",
 *         Gens.listOf(Gens.ints(0, 1000), 0, 10),
 *         list -> assertThat(sum(list)).isLessThanOrEqualTo(100),
 *         PropertySettings.fromEnvironment(200));
 * }</pre>
 * {@link dev.raftlog.tck.property.Property#check} throws a
 * {@link dev.raftlog.tck.property.PropertyFailure} whose message holds the minimal
 * counterexample ({@code [101]}), the failure, the seed, a replay token and shrink statistics.
 * {@link dev.raftlog.tck.property.Property#run} returns a
 * {@link dev.raftlog.tck.property.PropertyOutcome} instead.
 *
 * <h2>Stateful properties</h2>
 * A {@link dev.raftlog.tck.property.StatefulSpec} names a model, a system under test and the
 * {@link dev.raftlog.tck.property.Command}s that may come next in the model's state.
 * {@link dev.raftlog.tck.property.StatefulProperty} runs random command sequences on both,
 * shrinks a failing sequence to the steps that matter, and prints it as a JUnit test method
 * built from the spec's preamble and each command's {@link dev.raftlog.tck.property.Command#toJava()}.
 *
 * <h2>Knobs</h2>
 * {@link dev.raftlog.tck.property.PropertySettings#fromEnvironment(int)} reads, from a system
 * property or else an environment variable:
 * <ul>
 *   <li>{@code raftlog.tries} / {@code RAFTLOG_TRIES}: a number of tries, or {@code quick}
 *       (x0.1 of the property's default, at least 10), {@code default}, {@code deep} (x10),
 *       {@code soak} (x100);</li>
 *   <li>{@code raftlog.seed} / {@code RAFTLOG_SEED}: the seed; without it a random seed is
 *       used and reported in every failure;</li>
 *   <li>{@code raftlog.replay} / {@code RAFTLOG_REPLAY}: a token from a failure message; the
 *       property that printed it runs exactly that case (other properties run normally).</li>
 * </ul>
 *
 * <h2>How it works</h2>
 * Each try draws from a {@link java.util.SplittableRandom} seeded from the seed and the try
 * number, and records every choice. A failing try's choices are shrunk: spans are deleted and
 * zeroed, values lowered by binary search and moved between choices, and each candidate is
 * replayed (missing choices read as 0). A candidate is kept when it fails the same way (same
 * exception class; any assertion error matches any other) and is smaller: fewer choices, then
 * lexicographically smaller. The same settings give the same run, shrunk result included.
 * Tries a filter or assumption rejects, or that draw more than
 * {@link dev.raftlog.tck.property.PropertySettings#maxChoicesPerTry()} choices, are discarded,
 * not failed; a property that discards almost everything gives up with
 * {@link dev.raftlog.tck.property.PropertyGaveUp}.
 */
package dev.raftlog.tck.property;
