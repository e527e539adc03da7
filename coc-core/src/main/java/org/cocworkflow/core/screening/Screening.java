package org.cocworkflow.core.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What checking one registration against the ban list found (seed 003, "Data retention": checking registrations
 * against the records of banned attendees). Immutable and thread-safe.
 */
@Value.Immutable
public interface Screening {
    /** @return the event registered for, if any */
    Optional<String> eventId();

    /** @return when the check was made */
    Instant at();

    /** @return the bans in force and in scope that matched; none for a clear registration */
    List<ScreeningMatch> matches();
}
