package org.cocworkflow.store.ban;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.immutables.value.Value;

/**
 * One ban on the ban list: recorded on a case by a {@code record_ban} action, kept with the identity keys of the
 * banned person and no raw identifier (seed 003, "Data retention": store and communicate offenses from past events
 * to the staff of future events). The ban list keeps it as long as it lasts, and for the edition's
 * {@code keepAfterBanEnds} after, even once the case itself has been purged.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Ban {
    /** @return the case that decided the ban */
    CaseId caseRef();

    /** @return the sequence number of the {@code record_ban} event in that case */
    long sequence();

    /** @return when the ban was recorded: it is in force from then */
    Instant starts();

    /** @return when it ends; empty means indefinitely */
    Optional<Instant> until();

    /** @return the event or space ids it covers; empty means every event and space of the organization */
    List<String> scopes();

    /** @return the identity keys of the banned person: e-mail addresses, handles and name */
    Set<IdentityKey> keys();

    /**
     * Tells whether the ban is in force at a moment.
     *
     * @param at the moment
     * @return true from its start until (not including) its end
     */
    default boolean inForceAt(Instant at) {
        return !at.isBefore(starts()) && until().map(at::isBefore).orElse(true);
    }

    /**
     * Tells whether the ban covers an event or space.
     *
     * @param scope the event or space registered for, if any
     * @return true for a ban without scopes, or one whose scopes include it
     */
    default boolean covers(Optional<String> scope) {
        return scopes().isEmpty() || scope.map(scopes()::contains).orElse(false);
    }
}
