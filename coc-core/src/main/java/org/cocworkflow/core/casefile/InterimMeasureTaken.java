package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.action.InterimMeasure;
import org.cocworkflow.core.action.InterimReview;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * An interim measure taken on a case and what became of it: lifted before the decision, or reviewed by it (seed
 * 003, "Threats to Physical Wellbeing", "Possible sanctions"; DESIGN, "Decision").
 */
@Value.Immutable
public interface InterimMeasureTaken {
    /** @return the sequence number of the event that took it */
    long sequence();

    /** @return when it was taken */
    Instant at();

    /** @return the measure */
    InterimMeasure measure();

    /** @return the accused it concerns */
    PartyId on();

    /** @return the sequence number of the event that lifted it before the decision, if one did */
    Optional<Long> liftedBy();

    /** @return the decision's review of it, once a decision reviewed it */
    Optional<InterimReview> review();

    /** @return the sequence number of the decision that reviewed it, once one did */
    Optional<Long> reviewedBy();

    /**
     * Tells whether the measure waits for a decision: neither lifted nor reviewed.
     *
     * @return true while pending
     */
    default boolean pending() {
        return liftedBy().isEmpty() && review().isEmpty();
    }
}
