package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/** A message sent on a case: to whom, by whom, and with which intent. */
@Value.Immutable
public interface MessageSent {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it was sent */
    Instant at();

    /** @return who sent it */
    PartyId by();

    /** @return the recipient */
    PartyId to();

    /** @return what it was for */
    MessageIntent intent();

    /** @return for a request for consent, the recipient class it was about; empty for everything */
    Optional<RecipientClass> about();
}
