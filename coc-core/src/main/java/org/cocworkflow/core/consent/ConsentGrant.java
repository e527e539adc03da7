package org.cocworkflow.core.consent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * A person's permission to share some items with one class of recipients, as recorded on the case.
 *
 * <p>A target grants for their own identity and, as a consent holder, for incident details; the reporter grants for
 * their own identity. Who may grant what is checked when the grant is recorded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentGrant.class)
@JsonDeserialize(as = ImmutableConsentGrant.class)
public interface ConsentGrant {
    /**
     * Returns the person who gave the consent.
     *
     * @return the grantor
     */
    PartyId grantor();

    /**
     * Returns who may receive the items.
     *
     * @return the recipient class
     */
    RecipientClass recipient();

    /**
     * Returns what may be shared.
     *
     * @return at least one item
     */
    Set<DisclosureItem> items();

    @Value.Check
    default void check() {
        Require.that(!items().isEmpty(), "a consent grant must name at least one item");
    }

    /**
     * Creates a grant.
     *
     * @param grantor who consents
     * @param recipient to whom
     * @param items what may be shared
     * @return the grant
     */
    static ConsentGrant of(PartyId grantor, RecipientClass recipient, Set<DisclosureItem> items) {
        return ImmutableConsentGrant.builder().grantor(grantor).recipient(recipient).addAllItems(items).build();
    }
}
