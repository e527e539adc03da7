package org.cocworkflow.core.guard;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a guard refuses an action: which guard, a reason a person can act on, and the section it follows. The reason
 * never contains case content. A refusal for missing consent also says, typed, whose consent for which recipient
 * class and item it waits for ({@link #consentNeed()}).
 */
@Value.Immutable
public interface Refusal {
    /** @return the guard that refuses */
    Guard guard();

    /** @return what is wrong and what would be allowed instead, without case content */
    String reason();

    /** @return the procedure section */
    default String citation() {
        return guard().citation();
    }

    /**
     * Returns the consent this refusal waits for, where consent alone is missing: the consent guard's refusals of
     * sharing an item with a recipient class, and of an announcement to the community. Empty for every other
     * refusal, including the consent guard's refusals that an answer could not lift (a text to the accused that
     * names the victim, a member of the global organization joining the team).
     *
     * @return the consent needed, if the refusal is for consent of a recipient class
     */
    Optional<ConsentNeed> consentNeed();

    /**
     * Creates a refusal.
     *
     * @param guard the guard
     * @param reason the reason, without case content
     * @return the refusal
     */
    static Refusal of(Guard guard, String reason) {
        return ImmutableRefusal.builder().guard(guard).reason(reason).build();
    }

    /**
     * Creates a refusal of the consent guard for missing consent.
     *
     * @param reason the reason, without case content
     * @param need whose consent for which recipient class and item is missing
     * @return the refusal
     */
    static Refusal forConsent(String reason, ConsentNeed need) {
        return ImmutableRefusal.builder().guard(Guard.CONSENT).reason(reason).consentNeed(need).build();
    }
}
