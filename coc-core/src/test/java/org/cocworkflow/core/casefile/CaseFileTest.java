package org.cocworkflow.core.casefile;

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
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.CaseFileChecks;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;

class CaseFileTest {
    private static final PartyId MEMBER = PartyId.of("team-1");
    /** A member who joins to hear appeals: not among the deciders of the decision appealed. */
    private static final PartyId HEARER = PartyId.of("team-appeals");

    private Instant at = Samples.RECEIVED.plusSeconds(3_600);

    private CaseFile file = Samples.caseFile(Samples.privateHarassment());

    private CaseFile does(Action action) {
        at = at.plusSeconds(60);
        file = file.append(action, RECEIVER, at);
        return file;
    }

    /** Tells the accused of the complaint and hears them, as the guards ask before a violation is found (I6). */
    private void accusedHeard() {
        does(Action.NotifyAccused.of(ACCUSED));
        does(Action.HearAccused.of(ACCUSED, "Their side."));
    }

    /**
     * Records a decision the way the guards allow it: in the latest response meeting held since the last decision
     * (held now with the members without a conflict, if there is none), by its participants, by consensus.
     */
    private void decide(Finding finding, List<ImposedSanction> sanctions) {
        long since = file.state().latestDecision().map(Decision::sequence).orElse(0L);
        Optional<Meeting> meeting = file.state().meetings().stream().filter(m -> m.sequence() > since)
                .reduce((earlier, later) -> later);
        if (meeting.isEmpty()) {
            does(Action.ConveneMeeting.of(file.state().unconflictedTeam()));
            meeting = Optional.of(file.state().meetings().get(file.state().meetings().size() - 1));
        }
        does(Action.RecordDecision.inMeeting(meeting.get().sequence(), meeting.get().participants(), finding,
                sanctions));
    }

    /** Decides the pending appeal, heard by a member who did not make the decision appealed. */
    private void decideAppeal(AppealOutcome outcome, List<ImposedSanction> sanctions) {
        if (file.state().party(HEARER).isEmpty()) {
            does(Action.AddTeamMember.of(Party.builder().id(HEARER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build()));
        }
        does(Action.DecideAppeal.by(outcome, sanctions, Set.of(HEARER)));
    }

    private CaseTransitionException refused(Action action) {
        return assertThrows(CaseTransitionException.class, () -> file.append(action, RECEIVER, at.plusSeconds(60)));
    }

    private void assertRefused(Reason reason, Action action) {
        long version = file.version();
        CaseTransitionException e = refused(action);
        assertEquals(reason, e.reason());
        assertEquals(version, file.version(), "a refused event leaves the case file as it was");
        assertTrue(e.getMessage().contains("#" + version), "the message names the event's position");
        assertTrue(e.getMessage().contains(action.typeName()), "the message names the action's type");
    }

    @Test
    void aNewCaseIsOpenWithTheReportsPartiesAndTheReceiverOnTheTeam() {
        CaseState state = file.state();
        assertEquals(CaseStatus.OPEN, state.status());
        assertEquals(1, file.version());
        assertEquals(Set.of(REPORTER, ACCUSED, RECEIVER),
                Set.copyOf(state.parties().stream().map(Party::id).toList()));
        assertEquals(Set.of(CaseRole.RESPONSE_TEAM_MEMBER), state.rolesOf(RECEIVER));
        assertEquals(Optional.empty(), state.handler());
        assertEquals(SafetyAssessment.NO_PRESENT_THREAT, state.safety());
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void aPrivateHarassmentCaseRunsFromReportToClosing() {
        does(Action.AddTeamMember.of(Party.builder().id(MEMBER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build()));
        does(Action.AssignHandler.of(RECEIVER));
        does(Action.SetResponsePath.of(ResponsePath.PRIVATE));
        does(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
        does(Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED));
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(12 * 3_600)));
        does(Action.NotifyAccused.of(ACCUSED));
        does(Action.HearAccused.of(ACCUSED, "They say they did not mean it."));
        does(Action.ConveneMeeting.of(Set.of(RECEIVER, MEMBER)));
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED),
                ImposedSanction.of(Sanction.NO_CONTACT_REST_OF_EVENT, ACCUSED)));
        assertEquals(CaseStatus.DECIDED, file.state().status());
        assertFalse(file.state().decisionCommunicated());
        does(Action.CommunicateDecision.of(ACCUSED, Optional.of("appeals@events.example")));
        does(Action.SendMessage.of(REPORTER, MessageIntent.FOLLOW_UP_ON_OUTCOME));
        does(Action.CloseCase.of(Resolution.ACTION_TAKEN));

        CaseState state = file.state();
        assertEquals(CaseStatus.CLOSED, state.status());
        assertEquals(Optional.of(Resolution.ACTION_TAKEN), state.resolution());
        assertEquals(Optional.of(RECEIVER), state.handler());
        assertTrue(state.rolesOf(RECEIVER).contains(CaseRole.HANDLER));
        assertEquals(Optional.of(ResponsePath.PRIVATE), state.responsePath());
        assertEquals(VictimWish.PROCEED, state.victimWishes().get(REPORTER));
        assertEquals(Set.of(ACCUSED), state.accusedNotified());
        assertEquals(Set.of(ACCUSED), state.accusedHeard());
        assertEquals(1, state.meetings().size());
        assertTrue(state.decisionCommunicated());
        assertEquals(2, state.sanctionsInForce().size());
        assertEquals(Set.of(DeadlineKind.RESPONSE), state.deadlines().keySet());
        assertEquals(2, state.messages().size());
        assertEquals(14, file.version());
        assertEquals(at, state.lastEventAt());
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void anAppealKeepsTheDecisionInForceUntilItIsDecided() {
        accusedHeard();
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.EXPEL_FROM_EVENT,
                ACCUSED)));
        does(Action.RecordAppeal.of(ACCUSED));
        assertEquals(CaseStatus.UNDER_APPEAL, file.state().status());
        assertEquals(List.of(ImposedSanction.of(Sanction.EXPEL_FROM_EVENT, ACCUSED)), file.state().sanctionsInForce(),
                "the action stands while the appeal is pending");
        decideAppeal(AppealOutcome.MODIFIED, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
        assertEquals(CaseStatus.DECIDED, file.state().status());
        assertEquals(List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)), file.state().sanctionsInForce());
        assertFalse(file.state().decisionCommunicated(), "the appeal's outcome has to be communicated too");
        does(Action.RecordAppeal.of(ACCUSED));
        decideAppeal(AppealOutcome.OVERTURNED, List.of());
        assertEquals(List.of(), file.state().sanctionsInForce());
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void theLatestBanListEntryIsTheOneInForceAndAShortenedBanIsRecordedAgain() {
        accusedHeard();
        Instant year = at.plusSeconds(365L * 86_400);
        decide(Finding.VIOLATION, List.of(ImposedSanction.until(
                Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, year)));
        assertEquals(Set.of(ACCUSED), file.state().bansToRecord());
        does(Action.RecordBan.of(ACCUSED, Optional.of(year)));
        assertEquals(Set.of(), file.state().bansToRecord());
        does(Action.RecordAppeal.of(ACCUSED));
        Instant shorter = at.plusSeconds(30L * 86_400);
        decideAppeal(AppealOutcome.MODIFIED, List.of(ImposedSanction.until(
                Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, shorter)));
        assertEquals(Set.of(ACCUSED), file.state().bansToRecord(), "the entry no longer ends with the decided ban");
        assertEquals(Set.of(), file.state().bansToLift(), "a ban still stands");
        does(Action.RecordBan.of(ACCUSED, Optional.of(shorter)));
        assertEquals(Optional.of(shorter), file.state().banListEntry(ACCUSED).flatMap(BanRecord::until));
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void aBanOverturnedOnAppealComesOffTheBanList() {
        accusedHeard();
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(
                Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED)));
        assertRefused(Reason.NO_BAN_RECORDED, Action.LiftBan.of(ACCUSED));
        does(Action.RecordBan.of(ACCUSED));
        does(Action.RecordAppeal.of(ACCUSED));
        decideAppeal(AppealOutcome.OVERTURNED, List.of());
        assertEquals(Set.of(ACCUSED), file.state().bansToLift());
        does(Action.LiftBan.of(ACCUSED));
        assertEquals(Set.of(), file.state().bansToLift());
        assertFalse(file.state().banListEntryRunning(ACCUSED, at.plusSeconds(1)));
        assertEquals(Optional.of(at), file.state().banListEntry(ACCUSED).flatMap(BanRecord::until),
                "the entry ends when it is lifted");
        assertRefused(Reason.NO_BAN_RECORDED, Action.LiftBan.of(ACCUSED));
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void aResponseDeadlineMovedAfterItPassedStillCountsTheDecisionAsLate() {
        accusedHeard();
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(600)));
        at = at.plusSeconds(3_600);
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(86_400)));
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
        assertTrue(file.state().respondedLate());
    }

    @Test
    void aResponseDeadlineMovedBeforeItPassedKeepsTheDecisionTimely() {
        accusedHeard();
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(600)));
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(86_400)));
        at = at.plusSeconds(3_600);
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
        assertFalse(file.state().respondedLate());
    }

    @Test
    void aRequestForConsentIsAboutOneRecipientClassOrAboutEverything() {
        does(Action.SendMessage.askConsent(REPORTER, RecipientClass.ACCUSED_EMPLOYER));
        assertTrue(file.state().askedConsent(REPORTER, RecipientClass.ACCUSED_EMPLOYER));
        assertFalse(file.state().askedConsent(REPORTER, RecipientClass.COMMUNITY));
        does(Action.SendMessage.of(REPORTER, MessageIntent.ASK_CONSENT_TO_SHARE));
        assertTrue(file.state().askedConsent(REPORTER, RecipientClass.COMMUNITY));
        assertThrows(org.cocworkflow.core.InvalidValueException.class, () -> org.cocworkflow.core.action
                .ImmutableSendMessage.builder().to(REPORTER).intent(MessageIntent.ACKNOWLEDGE_REPORT)
                .about(RecipientClass.COMMUNITY).build());
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void consentIsGrantedAndRevokedPerRecipientClass() {
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                Set.of(DisclosureItem.INCIDENT_DETAILS))));
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                Set.of(DisclosureItem.VICTIM_IDENTITY))));
        assertTrue(file.state().consent().granted(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                DisclosureItem.INCIDENT_DETAILS));
        assertTrue(file.state().consent().granted(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                DisclosureItem.VICTIM_IDENTITY));
        assertFalse(file.state().consent().granted(REPORTER, RecipientClass.CO_ORGANIZERS,
                DisclosureItem.INCIDENT_DETAILS));
        does(Action.RevokeConsent.of(REPORTER, RecipientClass.GLOBAL_ORGANIZATION));
        assertFalse(file.state().consent().granted(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                DisclosureItem.INCIDENT_DETAILS));
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void aDisclosureToSecurityWithoutConsentDuringAThreatIsMarkedAsTheSafetyException() {
        file = Samples.caseFile(Samples.threat());
        does(Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        Disclosure disclosure = file.state().disclosures().get(0);
        assertEquals(RecipientClass.VENUE_SECURITY, disclosure.recipient());
        assertTrue(disclosure.underSafetyException());

        does(Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT));
        does(Action.RecordRequest.of(REPORTER, Set.of(RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT)));
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.LAW_ENFORCEMENT,
                Set.of(DisclosureItem.INCIDENT_DETAILS))));
        does(Action.InvolveAuthority.of(Authority.POLICE, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        assertFalse(file.state().disclosures().get(1).underSafetyException(),
                "without a present threat there is no safety exception to record");
    }

    @Test
    void aVictimsRequestForLawEnforcementHelpIsKnownToTheState() {
        assertFalse(file.state().lawEnforcementRequestedByVictim());
        does(Action.RecordRequest.of(REPORTER, Set.of(RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT)));
        assertTrue(file.state().lawEnforcementRequestedByVictim());
    }

    @Test
    void aDeclaredRelationshipIsAddedToTheDeclaringParty() {
        does(Action.DeclareRelationship.of(RECEIVER, Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND)));
        assertTrue(file.state().party(RECEIVER).orElseThrow().declaresRelationshipWith(ACCUSED));
    }

    @Test
    void appendingToAClosedCaseIsRefused() {
        does(Action.CloseCase.of(Resolution.NO_FURTHER_ACTION_AT_VICTIMS_WISH));
        assertRefused(Reason.CASE_CLOSED, Action.RecordNote.of("one more thing"));
    }

    @Test
    void appealingACaseWithNoDecisionIsRefused() {
        assertRefused(Reason.NO_DECISION_TO_APPEAL, Action.RecordAppeal.of(ACCUSED));
    }

    @Test
    void aSecondAppealWhileOneIsPendingIsRefused() {
        accusedHeard();
        decide(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
        does(Action.RecordAppeal.of(ACCUSED));
        assertRefused(Reason.APPEAL_PENDING, Action.RecordAppeal.of(ACCUSED));
        assertRefused(Reason.APPEAL_PENDING, Action.RecordDecision.of(Finding.NO_VIOLATION, List.of()));
        assertRefused(Reason.APPEAL_PENDING, Action.CloseCase.of(Resolution.ACTION_TAKEN));
    }

    @Test
    void decidingAnAppealThatWasNeverMadeIsRefused() {
        assertRefused(Reason.NO_APPEAL_PENDING, Action.DecideAppeal.of(AppealOutcome.UPHELD, List.of()));
    }

    @Test
    void communicatingADecisionThatWasNeverMadeIsRefused() {
        assertRefused(Reason.NO_DECISION_TO_COMMUNICATE, Action.CommunicateDecision.of(ACCUSED, Optional.empty()));
    }

    @Test
    void namingAPartyTheCaseDoesNotHaveIsRefused() {
        assertRefused(Reason.UNKNOWN_PARTY, Action.NotifyAccused.of(PartyId.of("nobody")));
        assertRefused(Reason.UNKNOWN_PARTY, Action.ConveneMeeting.of(Set.of(RECEIVER, PartyId.of("nobody"))));
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(Action.RecordNote.of("x"), PartyId.of("nobody"), at));
        assertEquals(Reason.UNKNOWN_PARTY, e.reason());
    }

    @Test
    void anEventRecordedBySomeoneOffTheTeamIsRefused() {
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(Action.RecordNote.of("x"), ACCUSED, at));
        assertEquals(Reason.RECORDER_NOT_ON_TEAM, e.reason());
    }

    @Test
    void anActionOnAPartyWithoutTheNeededRoleIsRefused() {
        assertRefused(Reason.WRONG_ROLE, Action.NotifyAccused.of(REPORTER));
        assertRefused(Reason.WRONG_ROLE, Action.AssignHandler.of(ACCUSED));
        assertRefused(Reason.WRONG_ROLE, Action.RecordDecision.of(Finding.VIOLATION,
                List.of(ImposedSanction.of(Sanction.WARNING, REPORTER))));
        assertRefused(Reason.WRONG_ROLE, Action.RecordAccount.of(ACCUSED, "their side goes through hear_accused"));
    }

    @Test
    void addingAPartyWithAnIdInUseIsRefused() {
        assertRefused(Reason.DUPLICATE_PARTY, Action.AddParty.of(Party.builder().id(REPORTER)
                .addRoles(CaseRole.WITNESS).build()));
    }

    @Test
    void relayingAnApologyThatWasNeverOfferedIsRefused() {
        assertRefused(Reason.NO_APOLOGY_OFFERED, Action.RelayApology.of(ACCUSED, REPORTER,
                "They apologize and agree to have no further contact with you."));
    }

    @Test
    void aRelationshipWithOneselfIsRefused() {
        assertRefused(Reason.RELATIONSHIP_TO_SELF,
                Action.DeclareRelationship.of(RECEIVER, Relationship.of(RECEIVER, RelationshipKind.OTHER)));
    }

    @Test
    void consentCanOnlyBeGrantedByThoseItBelongsTo() {
        file = Samples.caseFile(Samples.harassingTalk());
        // The reporter of the talk is a witness: they can share their own identity, not a victim's.
        assertRefused(Reason.CANNOT_GRANT, Action.RecordConsent.of(ConsentGrant.of(REPORTER,
                RecipientClass.COMMUNITY, Set.of(DisclosureItem.VICTIM_IDENTITY))));
        assertRefused(Reason.CANNOT_GRANT, Action.RevokeConsent.of(ACCUSED, RecipientClass.COMMUNITY));
        // No target is named, so the reporter speaks for the incident details.
        does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.COMMUNITY,
                Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.REPORTER_IDENTITY))));
        assertEquals(Set.of(REPORTER), file.state().consentHolders());
    }

    @Test
    void aMessageIntentSentToTheWrongAudienceIsRefused() {
        assertRefused(Reason.WRONG_AUDIENCE, Action.SendMessage.of(ACCUSED, MessageIntent.OFFER_PRIVATE_PLACE));
    }

    @Test
    void anEventDatedBeforeThePreviousOneIsRefused() {
        does(Action.RecordNote.of("first"));
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(Action.RecordNote.of("earlier"), RECEIVER, at.minusSeconds(1)));
        assertEquals(Reason.OUT_OF_ORDER, e.reason());
    }

    @Test
    void anEventWithTheWrongSequenceNumberIsRefused() {
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(ActionRecorded.of(5, at, RECEIVER, Action.RecordNote.of("x"))));
        assertEquals(Reason.BAD_SEQUENCE, e.reason());
    }

    @Test
    void aCaseFileMustStartWithItsOpeningAndHaveOnlyOne() {
        CaseTransitionException first = assertThrows(CaseTransitionException.class,
                () -> CaseFile.replay(List.of(ActionRecorded.of(1, at, RECEIVER, Action.RecordNote.of("x")))));
        assertEquals(Reason.NOT_OPENED, first.reason());
        CaseTransitionException second = assertThrows(CaseTransitionException.class,
                () -> file.append(file.opening()));
        assertEquals(Reason.NOT_OPENED, second.reason());
    }

    @Test
    void aCaseCannotBeLinkedToItself() {
        assertRefused(Reason.LINK_TO_SELF, Action.LinkCase.of(file.id(), LinkKind.RELATED));
    }

    @Test
    void theReceiverMustNotClashWithAPartyOfTheReport() {
        CaseOpened opened = Samples.opened(Samples.privateHarassment());
        CaseOpened clash = ImmutableCaseOpened.copyOf(opened).withReceivedBy(Party.builder().id(REPORTER)
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build());
        assertEquals(Reason.DUPLICATE_PARTY,
                assertThrows(CaseTransitionException.class, () -> CaseFile.open(clash)).reason());
    }

    @Test
    void replayingTheEventsRebuildsTheSameFile() {
        does(Action.AssignHandler.of(RECEIVER));
        does(Action.NotifyAccused.of(ACCUSED));
        assertEquals(file, CaseFile.replay(file.events()));
        assertEquals(file.state(), CaseFile.replay(file.events()).state());
    }
}
