package org.cocworkflow.core.guard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * The consent a refusal of the {@link Guard#CONSENT consent guard} waits for (invariant I1; issue 15, "wherever an
 * action needs someone's consent, the advice asks for it"): the recipient class, the item, and the people whose
 * consent for that item and class is not in force. It lets a caller tell a refusal that an answer of the victim
 * could lift from one that nothing could, and ask the right people, without reading the reason's words.
 *
 * <p>It holds no case content: recipient classes and items are the library's own constants and party ids are
 * positions in the case, never names or contacts. Immutable and thread-safe.
 */
@Value.Immutable
public interface ConsentNeed {
    /** @return the recipient class the action would reach */
    RecipientClass recipient();

    /** @return the item the action would share with it */
    DisclosureItem item();

    /**
     * Returns the people whose consent for the item and class is missing, in id order. Empty where nobody can give
     * it (an anonymous report that names no victim has nobody to ask about incident details), so that nothing but
     * a change of the action can lift the refusal.
     *
     * @return the people to ask, possibly none
     */
    List<PartyId> holders();

    /**
     * Creates a need.
     *
     * @param recipient the recipient class
     * @param item the item
     * @param holders whose consent is missing
     * @return the need, its holders in id order
     */
    static ConsentNeed of(RecipientClass recipient, DisclosureItem item, Set<PartyId> holders) {
        return ImmutableConsentNeed.builder().recipient(recipient).item(item)
                .addAllHolders(new TreeSet<>(holders)).build();
    }
}
