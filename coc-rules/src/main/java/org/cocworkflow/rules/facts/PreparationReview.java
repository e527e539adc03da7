package org.cocworkflow.rules.facts;

import org.immutables.value.Value;

/** Marks a session that reviews the organization's preparations (seed 003, "Preparation"), not a case. */
@Value.Immutable(singleton = true, builder = false)
public interface PreparationReview {
    /**
     * Returns the marker.
     *
     * @return the marker
     */
    static PreparationReview marker() {
        return ImmutablePreparationReview.of();
    }
}
