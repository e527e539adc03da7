package org.cocworkflow.rules.facts;

import org.immutables.value.Value;

/**
 * Marks a session that looks back on closed cases for lessons for the next edition (seed 003, "Evaluation"); the
 * cases' states are inserted beside it.
 */
@Value.Immutable(singleton = true, builder = false)
public interface EvaluationReview {
    /**
     * Returns the marker.
     *
     * @return the marker
     */
    static EvaluationReview marker() {
        return ImmutableEvaluationReview.of();
    }
}
