package org.cocworkflow.rules.facts;

import java.time.Instant;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.immutables.value.Value;

/**
 * The edition a case is advised under and the moment it came into force (seed 003, "Evaluation": this year's rules
 * for this year's cases). A case whose incident happened before that moment was opened under the earliest loaded
 * edition because none older was loaded; rules read this fact to say so. Immutable and thread-safe.
 */
@Value.Immutable
public interface EditionInForce {
    /** @return the edition */
    PolicyEditionId id();

    /** @return when it came into force */
    Instant effectiveFrom();

    /**
     * Creates the fact.
     *
     * @param id the edition
     * @param effectiveFrom when it came into force
     * @return the fact
     */
    static EditionInForce of(PolicyEditionId id, Instant effectiveFrom) {
        return ImmutableEditionInForce.builder().id(id).effectiveFrom(effectiveFrom).build();
    }
}
