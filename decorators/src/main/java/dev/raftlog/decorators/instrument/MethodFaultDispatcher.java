package dev.raftlog.decorators.instrument;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The bridge from instrumented bytecode to the installed rules. Public only because the advice
 * inlined into the backend's classes calls it; not an API to call directly.
 */
public final class MethodFaultDispatcher {

    /** Key: {@code "<class name> <method name><descriptor>"}; value: the installation that owns the method. */
    static final ConcurrentHashMap<String, InstalledMethodFaults> ACTIVE = new ConcurrentHashMap<>();

    private MethodFaultDispatcher() {
    }

    /**
     * Called on entry of an instrumented method; throws the injected fault when a rule fires.
     *
     * @param method the method's key, a constant in the instrumented bytecode
     */
    public static void enter(String method) throws Throwable {
        InstalledMethodFaults owner = ACTIVE.get(method);
        if (owner != null) {
            owner.onCall(method);
        }
    }
}
