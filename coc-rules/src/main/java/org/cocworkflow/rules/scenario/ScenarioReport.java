package org.cocworkflow.rules.scenario;

import java.util.List;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.immutables.value.Value;

/**
 * The outcome of running scenarios against an edition: each scenario's result, and the rule coverage, which
 * rules of the edition no scenario fired.
 */
@Value.Immutable
public interface ScenarioReport {
    /** @return the edition the scenarios ran against */
    PolicyEditionId edition();

    /** @return one result per scenario, in the order they were given */
    List<ScenarioResult> results();

    /** @return every rule of the edition, by name, sorted */
    List<String> rules();

    /** @return the rules of the edition that no scenario fired, sorted */
    List<String> uncoveredRules();

    /**
     * Tells whether every scenario passed.
     *
     * @return true if none failed
     */
    default boolean passed() {
        return results().stream().allMatch(ScenarioResult::passed);
    }

    /**
     * Counts the scenarios that failed.
     *
     * @return the count
     */
    default long failedCount() {
        return results().stream().filter(r -> !r.passed()).count();
    }
}
