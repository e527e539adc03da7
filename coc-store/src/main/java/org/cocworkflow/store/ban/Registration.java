package org.cocworkflow.store.ban;

import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.party.Identifier;
import org.immutables.value.Value;

/**
 * A registration for an event or a space, as screened against the ban list (seed 003, "Data retention": at what
 * point in the registration process someone checks against records of banned attendees): what the registrant
 * gave, and what they register for.
 *
 * <p>The identifiers and the name are case-grade personal data: they are redacted from {@code toString()}, turned
 * into identity keys for the lookup and never stored. Immutable and thread-safe.
 *
 * <pre>{@code
 * Registration registration = Registration.builder()
 *         .scope("pycon-north-2027")
 *         .addIdentifiers(Identifier.email(form.email()))
 *         .displayName(form.name())
 *         .build();
 * }</pre>
 */
@Value.Immutable
public interface Registration {
    /**
     * Returns the event or space registered for; a ban with scopes matches only registrations for one of them.
     *
     * @return the event or space id, if the registration is for one
     */
    Optional<String> scope();

    /** @return the e-mail addresses and handles the registrant gave */
    @Value.Redacted
    List<Identifier> identifiers();

    /** @return the registrant's name, which can only ever raise a flag for review */
    @Value.Redacted
    Optional<String> displayName();

    /**
     * Starts building a registration.
     *
     * @return a builder
     */
    static ImmutableRegistration.Builder builder() {
        return ImmutableRegistration.builder();
    }
}
