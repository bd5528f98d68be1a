package dev.raftlog.tck.runner;

import dev.raftlog.tck.StoreFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/** Hands the factory a {@link KitRunner} registered to the {@link ConfiguredStoreKit} it launches. */
final class RunnerTarget implements ExecutionCondition, TestInstancePostProcessor {
    static final String KEY = "raftlog.kit.target";
    private static final Map<String, StoreFactory> TARGETS = new ConcurrentHashMap<>();

    static String register(StoreFactory factory) {
        String key = UUID.randomUUID().toString();
        TARGETS.put(key, factory);
        return key;
    }

    static void unregister(String key) {
        TARGETS.remove(key);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(KEY).filter(TARGETS::containsKey)
                .map(k -> ConditionEvaluationResult.enabled("store configured by the kit runner"))
                .orElse(ConditionEvaluationResult.disabled(
                        "ConfiguredStoreKit runs only through dev.raftlog.tck.Main or KitRunner; extend LogStoreKit instead"));
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) {
        ((ConfiguredStoreKit) instance).factory = context.getConfigurationParameter(KEY).map(TARGETS::get).orElseThrow();
    }
}
