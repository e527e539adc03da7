package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/** An appeal of a decision and, once decided, its outcome. The decision stands while it is pending (seed 003). */
@Value.Immutable
public interface Appeal {
    /** @return the sequence number of the event that recorded the appeal */
    long sequence();

    /** @return when it was filed */
    Instant at();

    /** @return the accused who appealed */
    PartyId accused();

    /** @return the outcome, once decided */
    Optional<AppealOutcome> outcome();

    /** @return the sanctions of a modified decision */
    List<ImposedSanction> modifiedSanctions();

    /** @return who heard it, once decided */
    Set<PartyId> hearers();

    /** @return the sequence number of the decision appealed: the one in force when the appeal was made */
    long decision();

    /** @return true while the appeal waits for its decision */
    default boolean isPending() {
        return outcome().isEmpty();
    }
}
