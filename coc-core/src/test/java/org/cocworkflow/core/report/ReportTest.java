package org.cocworkflow.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static String refusal(UnaryOperator<ImmutableReport> change) {
        return assertThrows(InvalidValueException.class,
                () -> change.apply(ImmutableReport.copyOf(Samples.privateHarassment()))).getMessage();
    }

    private static Party party(String id, CaseRole... roles) {
        return Party.builder().id(PartyId.of(id)).addRoles(roles).build();
    }

    @Test
    void aReportMustNameSomeoneAsAccused() {
        assertTrue(refusal(r -> r.withParties(party("reporter", CaseRole.REPORTER, CaseRole.TARGET)))
                .contains("at least one accused party"));
    }

    @Test
    void aReportHasAtMostOneReporterAndUniquePartyIds() {
        assertTrue(refusal(r -> r.withParties(party("a", CaseRole.REPORTER), party("b", CaseRole.REPORTER),
                party("c", CaseRole.ACCUSED))).contains("at most one reporter"));
        assertTrue(refusal(r -> r.withParties(party("a", CaseRole.REPORTER), party("a", CaseRole.ACCUSED)))
                .contains("unique"));
    }

    @Test
    void aSpeakerAskingForAReviewOfTheirOwnMaterialIsToldWhatToFileInstead_issue15() {
        String message = refusal(r -> r.withParties(party("speaker", CaseRole.REPORTER, CaseRole.ACCUSED)));
        assertTrue(message.contains("cannot also be its accused"), message);
        assertTrue(message.contains("ask the response team for a review without opening a case"), message);
        assertTrue(message.contains("report without a reporter"), message);
        Report owningUp = ImmutableReport.copyOf(Samples.privateHarassment()).withParties(
                party("speaker", CaseRole.ACCUSED), party("target-1", CaseRole.TARGET));
        assertTrue(owningUp.isAnonymous());
    }

    @Test
    void aReportNamesTheCaseItRetaliatesForOnlyAsRetaliation_issue13() {
        org.cocworkflow.core.casefile.CaseId earlier = org.cocworkflow.core.casefile.CaseId.of("case-7");
        assertTrue(refusal(r -> r.withRetaliationFor(earlier)).contains("circumstance RETALIATION"));
        Report retaliation = ImmutableReport.copyOf(Samples.privateHarassment())
                .withCircumstances(Circumstance.RETALIATION).withRetaliationFor(earlier);
        assertEquals(java.util.Optional.of(earlier), retaliation.retaliationFor());
    }

    @Test
    void reportPartiesHoldIncidentRolesOnly() {
        assertTrue(refusal(r -> r.withParties(party("a", CaseRole.ACCUSED), party("b", CaseRole.RESPONSE_TEAM_MEMBER)))
                .contains("incident roles only"));
    }

    @Test
    void relationshipsPointAtPartiesOfTheReport() {
        Party reporter = Party.builder().id(PartyId.of("reporter")).addRoles(CaseRole.REPORTER)
                .addRelationships(Relationship.of(PartyId.of("elsewhere"), RelationshipKind.MANAGER)).build();
        assertTrue(refusal(r -> r.withParties(reporter, party("accused-1", CaseRole.ACCUSED)))
                .contains("a relationship must point at a party of the same report"));
    }

    @Test
    void consentGivenWithAReportIsTheReportersOwnToGive() {
        assertTrue(refusal(r -> r.withConsent(ConsentGrant.of(PartyId.of("accused-1"), RecipientClass.COMMUNITY,
                Set.of(DisclosureItem.INCIDENT_DETAILS)))).contains("the reporter's own"));
        Report talk = Samples.harassingTalk();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ImmutableReport.copyOf(talk)
                .withConsent(ConsentGrant.of(PartyId.of("reporter"), RecipientClass.COMMUNITY,
                        Set.of(DisclosureItem.VICTIM_IDENTITY))));
        assertTrue(e.getMessage().contains("the reporter can consent only"));
    }

    @Test
    void anAnonymousReportHasNoConfidentialityWishes() {
        assertTrue(refusal(r -> r.withParties(party("accused-1", CaseRole.ACCUSED))
                .withConfidentialFrom(RecipientClass.ACCUSED)).contains("anonymous report"));
    }

    @Test
    void theIncidentCannotBeDatedAfterTheReport() {
        assertTrue(refusal(r -> r.withIncidentAt(r.receivedAt().plusSeconds(1)))
                .contains("must not be after the time the report was received"));
    }

    @Test
    void theDescriptionMustNotBeBlank() {
        assertEquals("a report's description must not be blank", refusal(r -> r.withDescription(" \n ")));
    }

    @Test
    void anAnonymousReportIsJudgedAtTheTimeOfTheIncident() {
        Report report = Samples.privateHarassment();
        assertEquals(report.incidentAt().orElseThrow(), report.judgedAt());
        assertEquals(report.receivedAt(), ImmutableReport.copyOf(report).withIncidentAt(java.util.Optional.empty())
                .judgedAt());
    }

    @Test
    void everyCatalogueOfSeed004IsCompleteAndHasItsLawEnforcementReferral() {
        Map<VenueKind, Integer> sizes = Map.of(VenueKind.IN_PERSON_EVENT, 9, VenueKind.ONLINE_SERVICE, 9,
                VenueKind.EMPLOYER, 8, VenueKind.PROFESSIONAL_BODY, 5, VenueKind.EDUCATIONAL_INSTITUTION, 8,
                VenueKind.INTERNET_PROVIDER, 5);
        for (VenueKind venue : VenueKind.values()) {
            assertEquals(sizes.get(venue), RequestedAction.catalogue(venue).size(), venue::name);
            assertEquals(1, RequestedAction.catalogue(venue).stream()
                    .filter(RequestedAction::isLawEnforcementReferral).count(), venue::name);
        }
        assertEquals(Arrays.stream(RequestedAction.values()).filter(a -> !a.isApologyRequest()).count(),
                Arrays.stream(VenueKind.values()).mapToInt(v -> RequestedAction.catalogue(v).size()).sum());
    }

    @Test
    void officialCapacityIsTheEmployerRouteOfSeed003() {
        assertTrue(Circumstance.STAFFING_SPONSOR_BOOTH.isOfficialCapacity());
        assertTrue(Circumstance.RECRUITING_FOR_EMPLOYER.isOfficialCapacity());
        assertTrue(!Circumstance.JOB_REQUIRES_PUBLIC_STANDING.isOfficialCapacity(),
                "private conduct of someone with a public job is the victim's route, not an organizers' report");
        assertTrue(!Circumstance.WIDELY_WITNESSED.isOfficialCapacity());
    }
}
