package org.cocworkflow.store.ban;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.screening.Screening;

/**
 * The organization's ban list and registration screening (seed 003, "Data retention": how offenses from past events
 * reach the staff of future events, and when registrations are checked against banned attendees).
 *
 * <p>The bans are held in memory, indexed by identity key, loaded once from the database and kept current: bans
 * recorded or purged through the same store are applied at once, changes by other processes within
 * {@code StoreOptions.banListMaxAge()} or at {@link #refresh()}. Screening one registration costs one keyed hash per
 * identifier and one hash-map lookup per key, whatever the size of the list.
 *
 * <p>The {@link Screening} goes to the advisor ({@code Advisor.screen}), whose rules say what to suggest: typically
 * declining quietly on an identifier match and a quiet review by the handler on a name-only match. Nothing in it is
 * meant for the registrant; tell them nothing about a ban. Thread-safe.
 */
public interface BanList {
    /**
     * Screens a registration now, by the store's clock.
     *
     * @param registration the registration
     * @return what matched, for the advisor
     */
    Screening screen(Registration registration);

    /**
     * Screens a registration at a moment: bans not in force then, or not covering the registration's scope, do not
     * match. An e-mail address or handle that matches is {@code IDENTIFIER}; a name alone is {@code NAME_ONLY}.
     *
     * @param registration the registration
     * @param at the moment of the check
     * @return what matched, one entry per ban, identifier matches first
     */
    Screening screen(Registration registration, Instant at);

    /**
     * Screens a whole attendee or speaker list at one moment.
     *
     * @param registrations the registrations
     * @param at the moment of the check
     * @return one screening per registration, in the same order
     */
    List<Screening> screenAll(List<Registration> registrations, Instant at);

    /**
     * Screens identity keys computed elsewhere (for example by a registration system that holds the organization
     * secret and sends only keys).
     *
     * @param keys the registrant's identity keys
     * @param scope the event or space registered for, if any
     * @param at the moment of the check
     * @return what matched
     */
    Screening screenKeys(Set<IdentityKey> keys, Optional<String> scope, Instant at);

    /**
     * Returns the bans in force at a moment: the list as future staff need it.
     *
     * @param at the moment
     * @return the bans, by case reference and sequence number
     */
    List<Ban> inForce(Instant at);

    /**
     * Returns how many bans the list holds, in force or not.
     *
     * @return the number of bans
     */
    int size();

    /** Reloads the list from the database now, to see bans another process recorded or purged. */
    void refresh();
}
