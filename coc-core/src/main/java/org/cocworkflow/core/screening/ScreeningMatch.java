package org.cocworkflow.core.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.immutables.value.Value;

/** One ban in force, in scope, that a registration matched. Immutable and thread-safe. */
@Value.Immutable
public interface ScreeningMatch {
    /** @return the case that decided the ban */
    CaseId caseRef();

    /** @return how the registration matched */
    MatchStrength strength();

    /** @return when the ban ends; empty means indefinitely */
    Optional<Instant> until();

    /** @return the event or space ids the ban covers; none means every event */
    List<String> scopes();

    /**
     * Tells whether the ban still runs at a moment.
     *
     * @param at the moment
     * @return true if indefinite or ending after it
     */
    default boolean inForceAt(Instant at) {
        return until().map(at::isBefore).orElse(true);
    }

    /**
     * Tells whether the ban applies to the registration's event.
     *
     * @param screening the screening
     * @return true if it covers every event, or the screened one
     */
    default boolean covers(Screening screening) {
        return scopes().isEmpty() || screening.eventId().filter(scopes()::contains).isPresent();
    }
}
