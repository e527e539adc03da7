package org.cocworkflow.core.casefile;

import java.time.Instant;
import org.cocworkflow.core.action.ContactOutcome;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/** An attempt to reach the accused, as recorded (seed 003, "Communicate with the alleged harasser"). */
@Value.Immutable
public interface ContactAttempt {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it was made */
    Instant at();

    /** @return the accused */
    PartyId accused();

    /** @return how it ended */
    ContactOutcome outcome();
}
