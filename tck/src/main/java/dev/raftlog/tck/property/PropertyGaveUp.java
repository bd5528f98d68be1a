package dev.raftlog.tck.property;

import org.opentest4j.AssertionFailedError;

/**
 * Thrown when a property discarded almost every try (filters that reject most values, or tries
 * that draw too many choices), so a pass would prove nothing.
 */
public class PropertyGaveUp extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final String propertyName;
    private final int tries;
    private final int discarded;

    PropertyGaveUp(String message, String propertyName, int tries, int discarded) {
        super(message);
        this.propertyName = propertyName;
        this.tries = tries;
        this.discarded = discarded;
    }

    /** The property's name. */
    public String propertyName() {
        return propertyName;
    }

    /** Tries that ran before giving up. */
    public int tries() {
        return tries;
    }

    /** Tries discarded before giving up. */
    public int discarded() {
        return discarded;
    }
}
