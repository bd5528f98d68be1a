package dev.raftlog.tck;

import dev.raftlog.tck.rules.KitRules;
import dev.raftlog.tck.session.KitSession;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Turns an unexpected exception thrown by the store under test into a violation of the rule
 * the test checks, with the calls that led to it. Exceptions from the kit or the factory stay
 * as they are, so reports can tell a broken store from a broken setup.
 */
final class ViolationTranslator implements TestExecutionExceptionHandler, BeforeTestExecutionCallback {
    private static final ExtensionContext.Namespace KIT = ExtensionContext.Namespace.create(ViolationTranslator.class);

    /** Gives the test's session the store of its class, so tests of one kit class can share a costly run. */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Object instance = context.getTestInstance().orElse(null);
        if (instance instanceof KitRules rules && rules.kit() != null) {
            ExtensionContext classContext = context.getParent().orElse(context);
            while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
                classContext = classContext.getParent().get();
            }
            rules.kit().attachClassStore(classContext.getStore(KIT));
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof RequirementViolation || thrown instanceof TestAbortedException) {
            throw thrown;
        }
        Verifies verifies = context.getTestMethod().map(m -> m.getAnnotation(Verifies.class)).orElse(null);
        Object instance = context.getTestInstance().orElse(null);
        if (verifies == null || !(instance instanceof KitRules rules) || rules.kit() == null) {
            throw thrown;
        }
        KitSession kit = rules.kit();
        if (kit.transcript().lastThrown() != thrown) {
            throw thrown;
        }
        throw kit.violation(verifies.value()[0], "a store call threw " + thrown.getClass().getName()
                + " where the contract expects it to succeed", "success", thrown.toString(), thrown);
    }
}
