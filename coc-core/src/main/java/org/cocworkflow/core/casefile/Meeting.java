package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Set;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/** A response meeting convened on a case, with who attended (seed 003, "Meeting"). */
@Value.Immutable
public interface Meeting {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it was convened */
    Instant at();

    /** @return who attended */
    Set<PartyId> participants();
}
