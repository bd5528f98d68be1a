package dev.raftlog.tck.property;

/**
 * Writes what a person reads when a property fails or gives up: what failed, the minimal case,
 * why it failed, and exactly how to get it back.
 */
final class FailureReport {

    private static final String INDENT = "    ";

    private FailureReport() {
    }

    /** Completes {@code facts} from a failed search and makes the exception. */
    static PropertyFailure failure(String propertyName, PropertySettings settings, SearchResult<?> result,
            PropertyFailure.Facts facts) {
        SearchResult.Found<?> found = result.found();
        facts.propertyName = propertyName;
        facts.seed = settings.seed();
        facts.seedChosenRandomly = settings.seedChosenRandomly();
        facts.replayed = result.replayed();
        facts.replayToken = ReplayToken.encode(propertyName, found.minimalChoices());
        facts.triesUntilFailure = result.tries();
        facts.shrinkStatistics = found.statistics();
        facts.minimalFailure = found.minimal().failure();
        facts.originalFailure = found.originalFailure();
        return new PropertyFailure(message(facts), facts);
    }

    static PropertyGaveUp gaveUp(String propertyName, PropertySettings settings, SearchResult<?> result) {
        int attempts = result.tries() + result.discarded();
        long percent = Math.round(100.0 * result.discarded() / attempts);
        String message = "Property \"" + propertyName + "\" gave up: " + percent + "% of tries discarded ("
                + result.discarded() + " of " + attempts + " attempts; " + result.tries() + " of "
                + settings.tries() + " wanted tries ran, seed " + settings.seed() + ").\n"
                + "Filters (Gen.filter, assumptions) rejected almost every value, or tries drew more than "
                + settings.maxChoicesPerTry() + " choices. Generate valid values directly instead of "
                + "filtering them.";
        return new PropertyGaveUp(message, propertyName, result.tries(), result.discarded());
    }

    private static String message(PropertyFailure.Facts f) {
        StringBuilder m = new StringBuilder();
        m.append("Property \"").append(f.propertyName).append("\" failed.\n");
        if (f.replayed) {
            m.append("Replayed from token ").append(f.replayToken).append(".\n");
        } else {
            m.append("Falsified after ").append(f.triesUntilFailure)
                    .append(f.triesUntilFailure == 1 ? " try" : " tries")
                    .append(" (seed ").append(f.seed)
                    .append(f.seedChosenRandomly ? ", chosen at random" : "").append(").\n");
        }
        m.append('\n');
        if (f.javaCode != null) {
            int steps = f.commands.size();
            m.append("Minimal counterexample: ").append(steps).append(steps == 1 ? " step" : " steps")
                    .append(", as a test you can paste:\n");
            m.append(indent(f.javaCode));
        } else {
            m.append("Minimal counterexample:\n").append(indent(f.counterexampleText));
        }
        m.append('\n');
        m.append("Failure of the minimal case:\n").append(indent(ValueText.describe(f.minimalFailure)));
        m.append('\n');
        m.append("Replay exactly this case: -D").append(PropertySettings.REPLAY_PROPERTY).append('=')
                .append(f.replayToken).append("  (or ").append(PropertySettings.REPLAY_ENV).append('=')
                .append(f.replayToken).append(")\n");
        if (!f.replayed) {
            m.append("Repeat this search:       -D").append(PropertySettings.SEED_PROPERTY).append('=')
                    .append(f.seed).append("  (or ").append(PropertySettings.SEED_ENV).append('=')
                    .append(f.seed).append(")\n");
            m.append("Shrinking: ").append(f.shrinkStatistics).append('\n');
            if (f.originalFailure != f.minimalFailure) {
                m.append("First failure, before shrinking: ").append(ValueText.describe(f.originalFailure))
                        .append('\n');
            }
        }
        return m.toString();
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : INDENT).append(line).append('\n');
        }
        return out.toString();
    }
}
