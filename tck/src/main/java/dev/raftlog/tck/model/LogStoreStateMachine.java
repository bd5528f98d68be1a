package dev.raftlog.tck.model;

import dev.raftlog.tck.StoreFactory;
import dev.raftlog.tck.property.Command;
import dev.raftlog.tck.property.Gen;
import dev.raftlog.tck.property.StatefulSpec;

/**
 * Random sequences of LogStore calls, checked against {@link LogModel} after every step:
 * requirement LS-MODEL-01. Reopens are part of the sequences when the store is reopenable.
 */
public final class LogStoreStateMachine implements StatefulSpec<LogModel, ModelSystem> {
    private final StoreFactory factory;

    public LogStoreStateMachine(StoreFactory factory) {
        this.factory = factory;
    }

    @Override
    public LogModel newModel() {
        return new LogModel(factory.profile());
    }

    @Override
    public ModelSystem newSystem() throws Exception {
        return new ModelSystem(factory);
    }

    @Override
    public void closeSystem(ModelSystem system) throws Exception {
        system.close();
    }

    @Override
    public Gen<? extends Command<LogModel, ModelSystem>> commands(LogModel model) {
        return LogCommandGen.next(model, factory.reopenable());
    }

    @Override
    public int maxSteps() {
        return 40;
    }

    @Override
    public String javaPreamble() {
        return factory.reopenable() ? "LogStore store = newStore(dir);" : "LogStore store = newStore();";
    }
}
