package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * A notice sent to an accused party: of the complaint (with the date to answer by, if it named one) or of the
 * decision (from which the appeal window counts). Seed 003, "Communicate with the alleged harasser".
 */
@Value.Immutable
public interface Notice {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it was sent */
    Instant at();

    /** @return the accused it went to */
    PartyId accused();

    /** @return the date to answer by, for a notice of complaint that named one */
    Optional<Instant> answerBy();
}
