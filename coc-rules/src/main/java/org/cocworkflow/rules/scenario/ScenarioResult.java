package org.cocworkflow.rules.scenario;

import java.util.List;
import org.immutables.value.Value;

/** How one scenario went: passed, or the expectations it missed, and the rules that fired. */
@Value.Immutable
public interface ScenarioResult {
    /** @return the scenario's file */
    String file();

    /** @return the scenario's name */
    String name();

    /** @return what went wrong, one line each; empty when it passed */
    List<String> failures();

    /** @return every rule that fired, in firing order */
    List<String> rulesFired();

    /**
     * Tells whether the scenario passed.
     *
     * @return true if no expectation was missed
     */
    default boolean passed() {
        return failures().isEmpty();
    }
}
