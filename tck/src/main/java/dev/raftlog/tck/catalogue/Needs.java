package dev.raftlog.tck.catalogue;

/** What a store must declare for a requirement to apply to it; otherwise the rule is skipped with a reason. */
public enum Needs {
    /** Applies to every store. */
    NOTHING(""),
    /** Applies to stores of the general profile (gaps, overwrites, middle deletes). */
    GENERAL_PROFILE("applies only to general-profile stores; this store declared the monotonic profile"),
    /** Applies to stores of the monotonic profile (contiguous only). */
    MONOTONIC_PROFILE("applies only to monotonic-profile stores; this store declared the general profile"),
    /** Applies to stores the kit can close and open again on the same directory. */
    REOPEN("needs a reopenable store: declare the factory with StoreFactory.durable(dir -> open(dir))"),
    /**
     * Applies to durable stores that open on any {@code Path}: the kit runs them on its
     * fault-injecting file system and crashes it. A durable factory is enough to opt in.
     */
    CRASH_TESTABLE("needs a durable store that accepts any Path: declare StoreFactory.durable(dir -> open(dir)) "
            + "(a store that cannot run on a non-default file system opts out with withoutCrashTests(reason))");

    private final String skipReason;

    Needs(String skipReason) {
        this.skipReason = skipReason;
    }

    /** Why a rule with this need is skipped when the store lacks it. */
    public String skipReason() {
        return skipReason;
    }
}
