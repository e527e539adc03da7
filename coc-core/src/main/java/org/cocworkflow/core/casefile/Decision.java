package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/**
 * A decision recorded on a case: the finding and the sanctions, with the event that recorded them, the meeting it was
 * made in and who decided (seed 003, "Meeting").
 */
@Value.Immutable
public interface Decision {
    /** @return the sequence number of the recording event */
    long sequence();

    /** @return when it was recorded */
    Instant at();

    /** @return the finding */
    Finding finding();

    /** @return the sanctions decided */
    List<ImposedSanction> sanctions();

    /** @return the sequence number of the meeting it was made in; empty only in case files from before meetings */
    OptionalLong meeting();

    /** @return who decided */
    Set<PartyId> deciders();
}
