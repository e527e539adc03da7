package org.cocworkflow.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {
    private static final PartyId VICTIM = PartyId.of("target-1");
    private static final PartyId OTHER_VICTIM = PartyId.of("target-2");
    private static final PartyId REPORTER = PartyId.of("reporter");

    private static Party party(PartyId id, CaseRole... roles) {
        return Party.builder().id(id).addRoles(roles).build();
    }

    @Test
    void nothingIsGrantedInAnEmptyLedger() {
        ConsentLedger ledger = ConsentLedger.empty();
        for (RecipientClass recipient : RecipientClass.values()) {
            for (DisclosureItem item : DisclosureItem.values()) {
                assertFalse(ledger.granted(VICTIM, recipient, item));
            }
        }
    }

    @Test
    void grantsForTheSameRecipientAddUpAndStayApartFromOtherRecipients() {
        ConsentLedger ledger = ConsentLedger.empty()
                .grant(ConsentGrant.of(VICTIM, RecipientClass.GLOBAL_ORGANIZATION, Set.of(DisclosureItem.INCIDENT_DETAILS)))
                .grant(ConsentGrant.of(VICTIM, RecipientClass.GLOBAL_ORGANIZATION, Set.of(DisclosureItem.VICTIM_IDENTITY)));
        assertEquals(1, ledger.grants().size());
        assertTrue(ledger.granted(VICTIM, RecipientClass.GLOBAL_ORGANIZATION, DisclosureItem.INCIDENT_DETAILS));
        assertTrue(ledger.granted(VICTIM, RecipientClass.GLOBAL_ORGANIZATION, DisclosureItem.VICTIM_IDENTITY));
        assertFalse(ledger.granted(VICTIM, RecipientClass.LAW_ENFORCEMENT, DisclosureItem.INCIDENT_DETAILS));
    }

    @Test
    void aRevocationWithdrawsEverythingForThatRecipientUntilANewGrant() {
        ConsentLedger granted = ConsentLedger.empty()
                .grant(ConsentGrant.of(VICTIM, RecipientClass.COMMUNITY, Set.of(DisclosureItem.INCIDENT_DETAILS)))
                .grant(ConsentGrant.of(VICTIM, RecipientClass.CO_ORGANIZERS, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        ConsentLedger revoked = granted.revoke(VICTIM, RecipientClass.COMMUNITY);
        assertFalse(revoked.granted(VICTIM, RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS));
        assertTrue(revoked.granted(VICTIM, RecipientClass.CO_ORGANIZERS, DisclosureItem.INCIDENT_DETAILS));
        ConsentLedger again = revoked.grant(ConsentGrant.of(VICTIM, RecipientClass.COMMUNITY,
                Set.of(DisclosureItem.INCIDENT_DETAILS)));
        assertTrue(again.granted(VICTIM, RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS));
    }

    @Test
    void incidentDetailsNeedEveryVictimAndNobodyMeansNo() {
        ConsentLedger ledger = ConsentLedger.empty()
                .grant(ConsentGrant.of(VICTIM, RecipientClass.COMMUNITY, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        assertTrue(ledger.grantedByAll(Set.of(VICTIM), RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS));
        assertFalse(ledger.grantedByAll(Set.of(VICTIM, OTHER_VICTIM), RecipientClass.COMMUNITY,
                DisclosureItem.INCIDENT_DETAILS));
        assertFalse(ledger.grantedByAll(Set.of(), RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS));
    }

    @Test
    void theConsentHoldersAreTheTargetsOrElseTheReporterOrElseNobody() {
        Party reporter = party(REPORTER, CaseRole.REPORTER, CaseRole.WITNESS);
        Party target = party(VICTIM, CaseRole.TARGET);
        Party accused = party(PartyId.of("accused-1"), CaseRole.ACCUSED);
        assertEquals(Set.of(VICTIM), ConsentHolders.forIncidentDetails(List.of(reporter, target, accused)));
        assertEquals(Set.of(REPORTER), ConsentHolders.forIncidentDetails(List.of(reporter, accused)));
        assertEquals(Set.of(), ConsentHolders.forIncidentDetails(List.of(accused)));
        assertTrue(ConsentHolders.mayGrant(reporter, DisclosureItem.REPORTER_IDENTITY, List.of(reporter, target)));
        assertFalse(ConsentHolders.mayGrant(reporter, DisclosureItem.VICTIM_IDENTITY, List.of(reporter, target)));
        assertFalse(ConsentHolders.mayGrant(reporter, DisclosureItem.INCIDENT_DETAILS, List.of(reporter, target)));
        assertTrue(ConsentHolders.mayGrant(reporter, DisclosureItem.INCIDENT_DETAILS, List.of(reporter, accused)));
    }

    @Test
    void onlySafetyServicesCanBeReachedUnderTheSafetyException() {
        Set<RecipientClass> safety = Set.of(RecipientClass.VENUE_SECURITY, RecipientClass.LAW_ENFORCEMENT,
                RecipientClass.EMERGENCY_SERVICES);
        for (RecipientClass recipient : RecipientClass.values()) {
            assertEquals(safety.contains(recipient), recipient.isSafetyService(), recipient::name);
        }
    }
}
