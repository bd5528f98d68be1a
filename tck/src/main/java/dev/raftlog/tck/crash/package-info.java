/**
 * The crash-conformance suite: runs a durable store on the fault-injecting file system of
 * {@code dev.raftlog.decorators.fs}, crashes it, reopens it and checks it against an oracle.
 *
 * <h2>Oracle</h2>
 * <ul>
 *   <li><b>Acknowledged</b>: a call that returned normally before the crash point. The oracle's
 *       acknowledged state is every acknowledged append and delete applied in order.</li>
 *   <li><b>In flight</b>: the call running when the disk was captured (a crash at an fsync
 *       inside {@code storeLogs} puts that batch in flight; so does a crash inside
 *       {@code deleteRange}, or while opening, which changes nothing). The allowed outcomes are
 *       the acknowledged state, and the acknowledged state with the in-flight call wholly applied.</li>
 *   <li>After reopening, the store must open without error and match one allowed outcome exactly:
 *       every index ever written, every index the outcomes hold and every index between the
 *       recovered bounds is read; the entries must equal the outcome's (LS-CRASH-01 for a lost or
 *       changed acknowledged entry or any error, LS-CRASH-03 for an entry an acknowledged delete
 *       removed that came back, LS-CRASH-02 for indexes touched by the in-flight call of which some
 *       look applied and some not, LS-CRASH-04 for an entry that was never written and for bounds
 *       that do not match the entries held). A crash that only loses unsynced data is not
 *       corruption: a store that refuses to open after it fails LS-CRASH-01.</li>
 *   <li>Corruption (LS-CRASH-05) is a separate, CORDS-style check: one fault in bytes that were
 *       durable before the last acknowledged batch; the store must throw an IOException other than
 *       LogNotFoundException at open or on reading a damaged entry, or return every entry intact.</li>
 *   <li>fsync failure (LS-FSYNC-01) and disk full (LS-FSYNC-02): the failing call is in flight
 *       (all or nothing), everything acknowledged before and after it must survive a crash.</li>
 * </ul>
 *
 * <h2>Crash points</h2>
 * A workload runs once with no fault; a listener captures a crash image after every fsync
 * boundary and after a random quarter of the other operations (random mode), or after every
 * operation (bounded exhaustive mode, every workload of up to 3 calls, every crash state of
 * KEEP_RANDOM_PREFIX and TORN up to 16 per point). Each image is crashed under each crash model;
 * in random mode the store's recovery (the reopen after a crash) is captured and crashed again,
 * with the same allowed outcomes.
 * The public surface is {@link dev.raftlog.tck.crash.CrashSuite}, {@link dev.raftlog.tck.crash.CrashViolation},
 * {@link dev.raftlog.tck.crash.CrashSummary} and {@link dev.raftlog.tck.crash.CrashPayload}.
 */
package dev.raftlog.tck.crash;
