package org.cocworkflow.rules.facts;

import org.cocworkflow.core.casefile.CaseState;
import org.immutables.value.Value;

/**
 * A past case under review for lessons (seed 003, "Evaluation"), wrapped so that the rules for advising open
 * cases do not fire on it.
 */
@Value.Immutable
public interface EvaluatedCase {
    /** @return the case's state */
    CaseState state();

    /**
     * Creates the fact.
     *
     * @param state the case's state
     * @return the fact
     */
    static EvaluatedCase of(CaseState state) {
        return ImmutableEvaluatedCase.builder().state(state).build();
    }
}
