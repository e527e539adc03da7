package org.cocworkflow.rules;

import java.util.Optional;
import org.cocworkflow.rules.internal.Require;
import org.immutables.value.Value;

/**
 * A service the organization hands to people who need help beyond the team: an entry of the list of emergency
 * resources (seed 003, "List of emergency resources": emergency and non-emergency numbers, mental health services,
 * sexual assault hotlines) or a confidential service (seed 000: where a survivor can talk without it being reported,
 * so they keep all their options). Messages that hand them over carry each entry's name, contact, what it offers and
 * its hours.
 *
 * <p>Organization settings, not case content. Immutable and thread-safe.
 */
@Value.Immutable
public interface SupportService {
    /** @return the service's name, e.g. "City sexual assault hotline" */
    String name();

    /** @return how to reach it: a phone number, an address, a web page */
    String contact();

    /** @return what it offers, in a few words */
    String offers();

    /** @return when it can be reached, if not at all hours */
    Optional<String> hours();

    /**
     * Describes the entry in one line, as a message that hands it over shows it.
     *
     * @return the name, what it offers, the contact and the hours
     */
    default String describe() {
        return name() + " (" + offers() + "): " + contact() + hours().map(h -> ", " + h).orElse("");
    }

    @Value.Check
    default void check() {
        Require.that(!name().isBlank(), "a support service's name must not be blank");
        Require.that(!contact().isBlank(), "a support service's contact must not be blank");
        Require.that(!offers().isBlank(), "what a support service offers must not be blank");
        Require.that(hours().map(h -> !h.isBlank()).orElse(true), "a support service's hours must not be blank");
    }

    /**
     * Creates an entry available at all hours.
     *
     * @param name its name
     * @param contact how to reach it
     * @param offers what it offers
     * @return the entry
     */
    static SupportService of(String name, String contact, String offers) {
        return ImmutableSupportService.builder().name(name).contact(contact).offers(offers).build();
    }

    /**
     * Creates an entry with its hours.
     *
     * @param name its name
     * @param contact how to reach it
     * @param offers what it offers
     * @param hours when it can be reached
     * @return the entry
     */
    static SupportService of(String name, String contact, String offers, String hours) {
        return ImmutableSupportService.builder().name(name).contact(contact).offers(offers).hours(hours).build();
    }
}
