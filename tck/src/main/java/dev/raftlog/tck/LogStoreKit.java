package dev.raftlog.tck;

import dev.raftlog.tck.rules.AliasingRules;
import dev.raftlog.tck.rules.AppendRules;
import dev.raftlog.tck.rules.ArgumentRules;
import dev.raftlog.tck.rules.BatchRules;
import dev.raftlog.tck.rules.ConcurrencyRules;
import dev.raftlog.tck.rules.CrashRules;
import dev.raftlog.tck.rules.DeleteRangeRules;
import dev.raftlog.tck.rules.EmptyStoreRules;
import dev.raftlog.tck.rules.GeneralProfileRules;
import dev.raftlog.tck.rules.ModelRules;
import dev.raftlog.tck.rules.MonotonicProfileRules;
import dev.raftlog.tck.rules.ReadRules;
import dev.raftlog.tck.rules.RestartRules;
import dev.raftlog.tck.rules.RoundTripRules;
import dev.raftlog.tck.session.KitSession;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole conformance kit. Extend it in one test class and say how to get your store:
 *
 * <pre>{@code
 * class MyStoreConformanceTest extends LogStoreKit {
 *     @Override
 *     protected StoreFactory storeFactory() {
 *         return StoreFactory.durable(dir -> MyStore.open(dir));   // or StoreFactory.fresh(MyStore::new)
 *     }
 * }
 * }</pre>
 *
 * Every test names the requirement it checks ({@link Verifies}); a rule that does not apply to
 * what the factory declares is skipped with the reason; a violation fails with the rule's ID,
 * the calls that show it as Java code and, for random tests, the seed and replay token.
 */
@ExtendWith(ViolationTranslator.class)
@DisplayNameGeneration(KitDisplayNames.class)
public abstract class LogStoreKit implements EmptyStoreRules, AppendRules, BatchRules, ReadRules, RoundTripRules,
        AliasingRules, DeleteRangeRules, GeneralProfileRules, MonotonicProfileRules, ArgumentRules, RestartRules,
        ModelRules, ConcurrencyRules, CrashRules {

    private KitSession session;

    /** How the kit gets your store, and what your store declares about itself. */
    protected abstract StoreFactory storeFactory();

    @BeforeEach
    final void openKitSession(TestInfo test) {
        session = new KitSession(storeFactory());
        test.getTestMethod()
                .map(m -> m.getAnnotation(Verifies.class))
                .ifPresent(v -> session.require(v.value()[0]));
    }

    @AfterEach
    final void closeKitSession() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Override
    public final KitSession kit() {
        return session;
    }
}
