package org.cocworkflow.core.consent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * The consent in force on a case: every grant recorded and not revoked since (invariant I1).
 *
 * <p>Grants by the same person for the same recipient class add up; a revocation withdraws everything that person
 * granted to that class, and only later grants count again. The ledger answers whether an item may reach a class.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentLedger.class)
@JsonDeserialize(as = ImmutableConsentLedger.class)
public abstract class ConsentLedger {
    ConsentLedger() {
        // only the generated implementation extends this class
    }

    /**
     * Returns the grants in force, one per grantor and recipient class.
     *
     * @return the grants
     */
    public abstract List<ConsentGrant> grants();

    /**
     * Returns an empty ledger: nothing may be shared.
     *
     * @return the ledger
     */
    public static ConsentLedger empty() {
        return ImmutableConsentLedger.builder().build();
    }

    /**
     * Returns the ledger after a grant.
     *
     * @param grant the grant to add
     * @return the new ledger
     */
    public ConsentLedger grant(ConsentGrant grant) {
        List<ConsentGrant> next = new ArrayList<>(grants().size() + 1);
        Set<DisclosureItem> items = EnumSet.copyOf(grant.items());
        for (ConsentGrant existing : grants()) {
            if (sameSlot(existing, grant.grantor(), grant.recipient())) {
                items.addAll(existing.items());
            } else {
                next.add(existing);
            }
        }
        next.add(ConsentGrant.of(grant.grantor(), grant.recipient(), items));
        return ImmutableConsentLedger.builder().addAllGrants(next).build();
    }

    /**
     * Returns the ledger after a revocation.
     *
     * @param grantor the person revoking
     * @param recipient the class they revoke for
     * @return the new ledger
     */
    public ConsentLedger revoke(PartyId grantor, RecipientClass recipient) {
        return ImmutableConsentLedger.builder()
                .addAllGrants(grants().stream().filter(g -> !sameSlot(g, grantor, recipient)).toList())
                .build();
    }

    /**
     * Tells whether a person's consent for an item and class is in force.
     *
     * @param grantor the person
     * @param recipient the recipient class
     * @param item the item
     * @return true if granted and not revoked since
     */
    public boolean granted(PartyId grantor, RecipientClass recipient, DisclosureItem item) {
        return grants().stream().anyMatch(g -> sameSlot(g, grantor, recipient) && g.items().contains(item));
    }

    /**
     * Tells whether every one of a group of people consented to an item reaching a class. An empty group never
     * consents: where nobody can grant, nothing may be shared.
     *
     * @param grantors the people whose consent is needed
     * @param recipient the recipient class
     * @param item the item
     * @return true if the group is not empty and all of them granted
     */
    public boolean grantedByAll(Set<PartyId> grantors, RecipientClass recipient, DisclosureItem item) {
        return !grantors.isEmpty() && grantors.stream().allMatch(g -> granted(g, recipient, item));
    }

    private static boolean sameSlot(ConsentGrant grant, PartyId grantor, RecipientClass recipient) {
        return grant.grantor().equals(grantor) && grant.recipient() == recipient;
    }
}
