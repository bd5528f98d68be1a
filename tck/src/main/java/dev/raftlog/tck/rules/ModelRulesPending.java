package dev.raftlog.tck.rules;

/** Placeholder until the property engine lands; removed in the same change that adds ModelRules. */
public interface ModelRulesPending extends KitRules {
}
