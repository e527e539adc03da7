package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/** A ban recorded on a case, for the ban list (seed 003, "Data retention"). */
@Value.Immutable
public interface BanRecord {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it was recorded */
    Instant at();

    /** @return the banned accused */
    PartyId accused();

    /** @return the event or space ids covered; none means every event */
    List<String> scopes();

    /** @return when it ends; empty means indefinitely */
    Optional<Instant> until();
}
