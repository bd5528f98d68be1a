package dev.raftlog.decorators;

/** How the outward object of a wrapper relates to the type of the store it wraps. */
public enum WrappingMode {
    /**
     * A generated subclass of the store's class: {@code instanceof} the class and all its
     * interfaces holds, and every overridable method (store-specific ones too) runs on the
     * wrapped store. Chosen when the class is non-final, has no final public methods besides
     * Object's, and its package lets the wrapper define a class in it.
     */
    SUBCLASS,
    /** A generated class implementing every interface of the store; other methods forward to the store. */
    INTERFACES,
    /** No generated class: the wrapper is a plain {@code LogStore} (the store implements nothing else, or type preservation is off). */
    PLAIN
}
