package org.cocworkflow.core.view;

import static org.cocworkflow.core.testing.Samples.ACCUSED;
import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.AnnouncementKind;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.guard.GuardedCases;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GuardedCases.class)
class CaseViewTest {
    private static final PartyId FRIEND = PartyId.of("team-1");
    private CaseFile file;
    private Instant at = Samples.RECEIVED.plusSeconds(3_600);

    private void does(Action action) {
        at = at.plusSeconds(60);
        file = GuardedCases.apply(file, action, file.state().speaker(), at).file();
    }

    @BeforeEach
    void aDecidedPrivateCaseWithAConflictedMember() {
        file = Samples.caseFile(Samples.privateHarassment());
        does(Action.AddTeamMember.of(Party.builder().id(FRIEND).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .addRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND)).build()));
        does(Action.AssignHandler.of(RECEIVER));
        does(Action.SetResponsePath.of(ResponsePath.PRIVATE));
        does(Action.SendMessage.of(REPORTER, org.cocworkflow.core.action.MessageIntent.CONVENE_UNLESS_DECLINED));
    }

    private void decide() {
        does(Action.NotifyAccused.of(ACCUSED));
        does(Action.HearAccused.of(ACCUSED, "Their side, in their words."));
        at = at.plusSeconds(120);
        file = org.cocworkflow.core.testing.Procedures.decide(file, Finding.VIOLATION,
                List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
        at = file.state().lastEventAt();
        does(Action.CommunicateDecision.of(ACCUSED, file.state().appealContact()));
    }

    @Test
    void theHandlerAndUnconflictedMembersSeeTheWholeCase() {
        CaseView handler = CaseView.forTeamMember(file, RECEIVER);
        assertEquals(ViewerRole.HANDLER, handler.role());
        assertEquals(Optional.of(file.state().report()), handler.report());
        assertEquals(file.events(), handler.events());
        assertEquals(file.state().parties(), handler.parties());
    }

    @Test
    void aConflictedMemberSeesThatTheCaseExistsAndNothingMore() {
        CaseView view = CaseView.of(file, ViewerRole.RESPONSE_TEAM_MEMBER, FRIEND);
        assertEquals(ViewerRole.CONFLICTED_MEMBER, view.role(), "the role comes from the case, not the caller");
        assertEquals(file.id(), view.caseId());
        assertTrue(view.status().isEmpty() && view.report().isEmpty() && view.parties().isEmpty()
                && view.events().isEmpty() && view.description().isEmpty());
    }

    @Test
    void theAccusedSeesNothingBeforeBeingToldAndThenOnlyWhatConcernsThem() {
        assertTrue(CaseView.of(file, ViewerRole.ACCUSED, ACCUSED).status().isEmpty());
        decide();
        CaseView view = CaseView.of(file, ViewerRole.ACCUSED, ACCUSED);
        assertTrue(view.status().isPresent());
        assertTrue(view.report().isEmpty() && view.events().isEmpty() && view.description().isEmpty());
        assertEquals(List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)), view.sanctions());
        assertEquals(file.state().appealContact(), view.appealContact());
        assertEquals(2, view.toViewer().size(), "the notice of complaint and the decision notice");
        Party reporter = view.parties().stream().filter(p -> p.id().equals(REPORTER)).findFirst().orElseThrow();
        assertTrue(reporter.displayName().isEmpty() && reporter.contact().isEmpty(),
                "the reporter, who is the victim, is not identified to the accused without consent");
    }

    @Test
    void consentToTheAccusedShowsWhatWasConsentedToAndNothingMore() {
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.ACCUSED,
                Set.of(DisclosureItem.INCIDENT_DETAILS))));
        decide();
        CaseView view = CaseView.of(file, ViewerRole.ACCUSED, ACCUSED);
        assertEquals(Optional.of(file.state().report().description()), view.description());
        Party reporter = view.parties().stream().filter(p -> p.id().equals(REPORTER)).findFirst().orElseThrow();
        assertTrue(reporter.displayName().isEmpty(), "details were consented to, identity was not");
    }

    @Test
    void theGlobalOrganizationSeesTheNatureAndOutcomeButNoIdentityOrDetailsWithoutConsent() {
        decide();
        CaseView view = CaseView.of(file, ViewerRole.GLOBAL_ORGANIZATION);
        assertEquals(Optional.of(file.state().report().space().kind()), view.space());
        assertEquals(file.state().sanctionsInForce(), view.sanctions());
        assertTrue(view.description().isEmpty() && view.report().isEmpty() && view.events().isEmpty());
        assertTrue(view.parties().stream().anyMatch(p -> p.id().equals(ACCUSED) && p.displayName().isPresent()),
                "the accused is known to the global organization, so patterns across chapters show");
        assertTrue(view.parties().stream().filter(p -> p.id().equals(REPORTER)).allMatch(p -> p.displayName()
                .isEmpty()));
    }

    @Test
    void theCommunitySeesTheAnnouncementsOnly() {
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.COMMUNITY,
                Set.of(DisclosureItem.INCIDENT_DETAILS))));
        decide();
        does(Action.Announce.of(AnnouncementKind.NEXT_PLENARY, "An attendee harassed another attendee at the social."));
        CaseView view = CaseView.of(file, ViewerRole.COMMUNITY);
        assertEquals(1, view.announcements().size());
        assertTrue(view.status().isEmpty() && view.parties().isEmpty() && view.sanctions().isEmpty());
    }

    @Test
    void aViewerMustHoldTheRoleTheyAskFor() {
        assertThrows(IllegalArgumentException.class, () -> CaseView.of(file, ViewerRole.ACCUSED));
        assertThrows(IllegalArgumentException.class, () -> CaseView.of(file, ViewerRole.ACCUSED, REPORTER));
        assertThrows(IllegalArgumentException.class, () -> CaseView.forTeamMember(file, ACCUSED));
        assertFalse(CaseView.of(file, ViewerRole.RESPONSE_TEAM_MEMBER).report().isEmpty());
    }
}
