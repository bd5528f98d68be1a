package dev.raftlog.tck.property;

/**
 * What shrinking a failure did.
 *
 * @param runs candidate cases run while shrinking
 * @param accepted candidates that still failed the same way and became the new smallest case
 * @param choicesBefore choices drawn by the first failing case
 * @param choicesAfter choices drawn by the minimal case
 * @param limitReached whether shrinking stopped at {@link PropertySettings#maxShrinkRuns()}
 *     rather than at a case it could not make smaller
 */
public record ShrinkStatistics(int runs, int accepted, int choicesBefore, int choicesAfter,
        boolean limitReached) {

    @Override
    public String toString() {
        return runs + " runs, " + accepted + " smaller cases accepted, " + choicesBefore + " -> "
                + choicesAfter + " choices" + (limitReached ? " (stopped at the run limit; "
                        + "raise maxShrinkRuns for a smaller case)" : "");
    }
}
