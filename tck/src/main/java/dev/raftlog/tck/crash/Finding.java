package dev.raftlog.tck.crash;

import dev.raftlog.tck.catalogue.Requirement;

/**
 * What the oracle found wrong in one recovered store.
 *
 * @param requirement the rule broken
 * @param problem     one line saying what is wrong
 * @param byteDiff    per index: what was acknowledged, what the in-flight call would have made, what was recovered
 * @param cause       the store's exception, if one shows the problem
 */
record Finding(Requirement requirement, String problem, String byteDiff, Throwable cause) {
}
