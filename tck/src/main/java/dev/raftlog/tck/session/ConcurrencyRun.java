package dev.raftlog.tck.session;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.concurrency.ConcurrencyCheck;
import dev.raftlog.tck.concurrency.ConcurrencyConfig;
import dev.raftlog.tck.concurrency.ConcurrencyReport;
import dev.raftlog.tck.property.PropertySettings;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One concurrent run of Raft's access pattern on a fresh store, judged once and shared by the
 * six LS-CONC rules of a kit class: the run is the expensive part, each rule reads its verdict.
 * Its size follows the global knob: {@code raftlog.tries} x 5 calls per thread on 8 threads
 * (4,000 calls at the default setting, 40,000 at {@code deep}); its seed is {@code raftlog.seed}.
 */
final class ConcurrencyRun {
    static final int CALLS_PER_TRY = 5;

    private ConcurrencyRun() {
    }

    /** The verdict, and the seed and size of the run that produced it. */
    record Result(ConcurrencyReport report, long seed, int callsPerThread) {
    }

    static Result run(StoreFactory factory) {
        PropertySettings settings = PropertySettings.fromEnvironment(100);
        ConcurrencyConfig config = ConcurrencyConfig.builder()
                .seed(settings.seed())
                .operationsPerThread(Math.max(100, settings.tries() * CALLS_PER_TRY))
                .build();
        StoreFactory.OpenedStore opened;
        try {
            opened = factory.openNew();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the store for the concurrency run", e);
        }
        try {
            return new Result(ConcurrencyCheck.run(opened::store, config), config.seed(), config.operationsPerThread());
        } finally {
            try {
                factory.release(opened.directory());
            } catch (IOException e) {
                // the run's verdict stands; a directory left behind is not a contract matter
            }
        }
    }
}
