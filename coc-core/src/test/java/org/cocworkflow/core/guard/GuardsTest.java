package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Samples.ACCUSED;
import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.AnnouncementKind;
import org.cocworkflow.core.action.ContactOutcome;
import org.cocworkflow.core.action.InterimMeasure;
import org.cocworkflow.core.action.InterimReview;
import org.cocworkflow.core.action.Votes;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.ExternalBody;
import org.cocworkflow.core.action.ImmutableAnnounce;
import org.cocworkflow.core.action.ImmutableCommunicateDecision;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.action.ImmutableNotifyAccused;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.party.TravelGrant;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DecisionMethod;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each guard, with an action it refuses and one it allows, on small cases built through the guards. */
@ExtendWith(GuardedCases.class)
class GuardsTest {
    private static final PartyId MEMBER = PartyId.of("team-1");
    private static final PartyId GLOBAL = PartyId.of("global-1");
    private static final PartyId HEARER = PartyId.of("team-appeals");

    private CaseFile file;
    private Instant at = Samples.RECEIVED.plusSeconds(3_600);

    private GuardsTest on(Report report) {
        file = Samples.caseFile(report);
        return this;
    }

    private GuardsTest on(CaseOpened opened) {
        file = CaseFile.open(opened);
        return this;
    }

    private GuardsTest does(Action action) {
        return does(action, file.state().speaker());
    }

    private GuardsTest does(Action action, PartyId by) {
        at = at.plusSeconds(60);
        file = GuardedCases.apply(file, action, by, at).file();
        return this;
    }

    private Verdict verdict(Action action) {
        return Guards.check(action, file, at.plusSeconds(60));
    }

    private Verdict.Refused refused(Guard guard, Action action) {
        Verdict verdict = verdict(action);
        Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, verdict, () -> action.summary());
        assertTrue(refused.refusals().stream().anyMatch(r -> r.guard() == guard),
                () -> "expected " + guard + " among " + refused.refusals());
        return refused;
    }

    private void allowed(Action action) {
        Verdict verdict = verdict(action);
        assertTrue(verdict.isAllowed(), () -> action.summary() + " was refused: " + verdict);
    }

    private static Party member(String id, Standing standing) {
        return Party.builder().id(PartyId.of(id)).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).addStandings(standing)
                .build();
    }

    /**
     * A decision as the latest response meeting would record it, by its participants and by consensus; the meeting
     * is held now, with the members without a conflict, if none was held yet.
     */
    private Action.RecordDecision decision(Finding finding, List<ImposedSanction> sanctions) {
        if (!file.state().hasMeeting()) {
            does(Action.ConveneMeeting.of(file.state().unconflictedTeam()));
        }
        Meeting meeting = file.state().meetings().get(file.state().meetings().size() - 1);
        return Action.RecordDecision.inMeeting(meeting.sequence(), meeting.participants(), finding, sanctions);
    }

    /** An appeal's outcome, heard by a member who joins for it and so did not make the decision appealed. */
    private Action.DecideAppeal appealOutcome(AppealOutcome outcome, List<ImposedSanction> sanctions) {
        if (file.state().party(HEARER).isEmpty()) {
            does(Action.AddTeamMember.of(member(HEARER.value(), Standing.RESPONSE_TEAM_MEMBER)));
        }
        return Action.DecideAppeal.by(outcome, sanctions, Set.of(HEARER));
    }

    private GuardsTest privatePathWithConsentToProceed() {
        return does(Action.AssignHandler.of(RECEIVER)).does(Action.SetResponsePath.of(ResponsePath.PRIVATE))
                .does(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
    }

    @Nested
    class ConsentI1 {
        @Test
        void sharingDetailsWithTheGlobalOrganizationNeedsTheVictimsConsent() {
            on(Samples.privateHarassment());
            Verdict.Refused refused = refused(Guard.CONSENT, Action.InformGlobalOrganization.of(
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
            assertTrue(refused.reason().contains("needs the consent of every victim"), refused::reason);
            allowed(Action.InformGlobalOrganization.of(Set.of()));
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.GLOBAL_ORGANIZATION,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(Action.InformGlobalOrganization.of(Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }

        @Test
        void revokingConsentStopsLaterDisclosures() {
            on(Samples.privateHarassment());
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(Action.Disclose.of(RecipientClass.CO_ORGANIZERS, Set.of(DisclosureItem.INCIDENT_DETAILS)));
            does(Action.RevokeConsent.of(REPORTER, RecipientClass.CO_ORGANIZERS));
            refused(Guard.CONSENT, Action.Disclose.of(RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }

        @Test
        void aPresentThreatLetsSafetyServicesHaveWhatTheThreatRequiresAndNothingElseGoesFurther() {
            on(Samples.threat());
            allowed(Action.InvolveAuthority.of(Authority.EMERGENCY_SERVICES,
                    Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.VICTIM_IDENTITY)));
            does(Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS)));
            assertTrue(file.state().disclosures().get(0).underSafetyException(), "the exception is on the record");
            refused(Guard.CONSENT, Action.Disclose.of(RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
            does(Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT));
            refused(Guard.CONSENT, Action.InvolveAuthority.of(Authority.EMERGENCY_SERVICES,
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }

        @Test
        void anEmployerReportAlwaysCarriesTheIncidentAndSoNeedsConsent() {
            Report booth = ImmutableReport.copyOf(Samples.privateHarassment())
                    .withCircumstances(Circumstance.STAFFING_SPONSOR_BOOTH);
            on(booth);
            refused(Guard.CONSENT, Action.ReportToExternalBody.of(ExternalBody.EMPLOYER, ACCUSED, Set.of()));
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.ACCUSED_EMPLOYER,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(Action.ReportToExternalBody.of(ExternalBody.EMPLOYER, ACCUSED, Set.of()));
        }

        @Test
        void aRefusalForMissingConsentNamesTheClassTheItemAndWhoseConsentIsMissing_issue15() {
            on(Samples.privateHarassment());
            Verdict.Refused refused = refused(Guard.CONSENT, Action.Disclose.of(RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.REPORTER_IDENTITY)));
            assertEquals(List.of(ConsentNeed.of(RecipientClass.CO_ORGANIZERS, DisclosureItem.INCIDENT_DETAILS,
                    Set.of(REPORTER)), ConsentNeed.of(RecipientClass.CO_ORGANIZERS, DisclosureItem.REPORTER_IDENTITY,
                    Set.of(REPORTER))), refused.refusals().stream().map(r -> r.consentNeed().orElseThrow()).toList());
            // Whoever granted is no longer named; the reporter granted only the incident here.
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            Verdict.Refused rest = refused(Guard.CONSENT, Action.Disclose.of(RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.REPORTER_IDENTITY)));
            assertEquals(List.of(DisclosureItem.REPORTER_IDENTITY), rest.refusals().stream()
                    .map(r -> r.consentNeed().orElseThrow().item()).toList());
            // A third party hears what its class may: the venue's staff what venue security may.
            Verdict.Refused staff = refused(Guard.CONSENT, Action.AskThirdParty.of(
                    org.cocworkflow.core.action.ThirdParty.VENUE_STAFF, Optional.empty(),
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
            assertEquals(RecipientClass.VENUE_SECURITY, staff.refusals().get(0).consentNeed().orElseThrow()
                    .recipient());
        }

        @Test
        void refusalsNoAnswerCouldLiftCarryNoConsentNeed_issue15() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            Verdict.Refused named = refused(Guard.CONSENT, ImmutableNotifyAccused.builder().accused(ACCUSED)
                    .text("Dana says you kept commenting on her body.").build());
            assertTrue(named.refusals().stream().allMatch(r -> r.consentNeed().isEmpty()), named::toString);
            Verdict.Refused join = refused(Guard.CONSENT,
                    Action.AddTeamMember.of(member("global-1", Standing.GLOBAL_ORGANIZATION)));
            assertTrue(join.refusals().stream().allMatch(r -> r.consentNeed().isEmpty()), join::toString);
            Verdict.Refused coercive = refused(Guard.NO_COERCION,
                    Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL));
            assertTrue(coercive.refusals().stream().allMatch(r -> r.consentNeed().isEmpty()), coercive::toString);
        }

        @Test
        void aReportThatNamesNobodyToConsentLeavesTheNeedWithoutHolders_issue15() {
            Report anonymous = ImmutableReport.copyOf(Samples.privateHarassment()).withParties(
                    Samples.privateHarassment().parties().stream().filter(p -> p.has(CaseRole.ACCUSED)).toList());
            on(anonymous);
            Verdict.Refused refused = refused(Guard.CONSENT, Action.Disclose.of(RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS)));
            assertEquals(List.of(), refused.refusals().get(0).consentNeed().orElseThrow().holders());
        }

        @Test
        void theGlobalOrganizationJoinsTheTeamOnlyWhenTheCaseIsHandedToIt() {
            on(Samples.privateHarassment());
            Action join = Action.AddTeamMember.of(member("global-1", Standing.GLOBAL_ORGANIZATION));
            refused(Guard.CONSENT, join);
            does(Action.EscalateToGlobalOrganization.of(EscalationReason.NO_UNCONFLICTED_HANDLER));
            allowed(join);
        }

        @Test
        void theAccusedIsNotToldWhoTheVictimIsWithoutConsent() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            refused(Guard.CONSENT, ImmutableNotifyAccused.builder().accused(ACCUSED)
                    .text("Dana says you kept commenting on her body.").build());
            allowed(ImmutableNotifyAccused.builder().accused(ACCUSED)
                    .text("There is a complaint about comments you made at the social.").build());
        }
    }

    @Nested
    class VictimChoice {
        @Test
        void privateHarassmentGoesAheadOnlyAfterTheVictimWasOfferedTheChoiceAndNotIfTheyDecline() {
            on(Samples.privateHarassment());
            does(Action.AssignHandler.of(RECEIVER)).does(Action.SetResponsePath.of(ResponsePath.PRIVATE));
            refused(Guard.VICTIM_CHOICE, Action.NotifyAccused.of(ACCUSED));
            does(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
            allowed(Action.NotifyAccused.of(ACCUSED));
            does(Action.RecordVictimWish.of(REPORTER, VictimWish.NO_FURTHER_ACTION));
            Verdict.Refused refused = refused(Guard.VICTIM_CHOICE, Action.NotifyAccused.of(ACCUSED));
            assertTrue(refused.reason().contains("does not want further action"));
            does(Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED));
            allowed(Action.NotifyAccused.of(ACCUSED));
        }

        @Test
        void aWidelyWitnessedIncidentGoesAheadWithoutAsking() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            allowed(Action.NotifyAccused.of(ACCUSED));
        }
    }

    @Nested
    class NoCoercionI2 {
        @Test
        void coerciveIntentsToTheVictimAreRefused() {
            on(Samples.privateHarassment());
            for (MessageIntent intent : List.of(MessageIntent.INVITE_WITHDRAWAL, MessageIntent.ASK_HOW_TO_HANDLE,
                    MessageIntent.ASK_ABOUT_PENALTIES)) {
                refused(Guard.NO_COERCION, Action.SendMessage.of(REPORTER, intent));
            }
            allowed(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
            allowed(Action.SendMessage.of(REPORTER, MessageIntent.ASK_HOW_TO_HELP));
        }

        @Test
        void coercivePhrasingInFreeTextIsFlaggedNotRefused() {
            on(Samples.privateHarassment());
            Verdict verdict = verdict(Action.SendMessage.of(REPORTER, MessageIntent.CHECK_IN,
                    "Just checking in. It's okay if you don't want to pursue this."));
            Verdict.Allowed allowed = assertInstanceOf(Verdict.Allowed.class, verdict);
            assertEquals(Flag.Kind.COERCIVE_PHRASING, allowed.flags().get(0).kind());
            assertEquals(List.of(), ((Verdict.Allowed) verdict(Action.SendMessage.of(REPORTER, MessageIntent.CHECK_IN,
                    "If you're OK with it, a small group will meet tonight to decide our response."))).flags());
        }
    }

    @Nested
    class ApologiesI3 {
        @Test
        void askingTheVictimToAcceptAnApologyOrMeetTheAccusedIsRefused() {
            on(Samples.privateHarassment());
            refused(Guard.APOLOGY, Action.SendMessage.of(REPORTER, MessageIntent.ASK_TO_ACCEPT_APOLOGY));
            refused(Guard.APOLOGY, Action.SendMessage.of(REPORTER, MessageIntent.PROPOSE_MEDIATION));
        }

        @Test
        void anOfferedApologyIsDiscouragedAndARelayedOneIsBrief() {
            on(Samples.privateHarassment());
            does(Action.RecordApologyOffer.of(ACCUSED, true)).does(Action.DiscourageApology.of(ACCUSED));
            refused(Guard.APOLOGY, Action.RelayApology.of(ACCUSED, REPORTER, "They are very sorry their attempts "
                    + "to woo you were misread and hope you can find it in your heart to forgive them."));
            does(Action.RelayApology.of(ACCUSED, REPORTER,
                    "They apologize and agree to have no further contact with you."));
        }

        @Test
        void issue13_aTextAskingTheAccusedForAnApologyIsFlaggedWhateverActionCarriesIt() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            String demand = "Please tell us your side of what happened. You must apologise to her.";
            for (Action action : List.of(Action.SendMessage.of(ACCUSED, MessageIntent.INVITE_TO_GIVE_THEIR_SIDE,
                    demand), ImmutableNotifyAccused.builder().accused(ACCUSED).text(demand).build())) {
                Verdict.Allowed allowed = assertInstanceOf(Verdict.Allowed.class, verdict(action));
                assertTrue(allowed.flags().stream().anyMatch(f -> f.kind() == Flag.Kind.APOLOGY_REQUEST),
                        () -> action.typeName() + ": " + allowed.flags());
            }
            Verdict.Allowed discouraged = assertInstanceOf(Verdict.Allowed.class, verdict(Action.SendMessage.of(
                    ACCUSED, MessageIntent.EXPLAIN_PROCESS, "Please do not apologise to her directly.")));
            assertTrue(discouraged.flags().stream().noneMatch(f -> f.kind() == Flag.Kind.APOLOGY_REQUEST),
                    discouraged::toString);
            assertTrue(discouraged.flags().stream().anyMatch(f -> f.kind() == Flag.Kind.APOLOGY_MENTION),
                    discouraged::toString);
        }

        @Test
        void issue15_anApologyReachesAReporterOfAWidelyWitnessedIncidentOnlyIfTheyAskedForIt() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.RecordApologyOffer.of(ACCUSED, false));
            Action.RelayApology brief = Action.RelayApology.of(ACCUSED, REPORTER,
                    "The speaker apologizes for the slides and has taken them out of the published deck.");
            Verdict.Refused unasked = refused(Guard.APOLOGY, brief);
            assertTrue(unasked.reason().contains("asked"), unasked.reason());
            does(Action.RecordRequest.of(REPORTER, Set.of(RequestedAction.EVENT_RELAY_APOLOGY_TO_ME)));
            refused(Guard.APOLOGY, Action.RelayApology.of(ACCUSED, REPORTER, "The speaker is really really sorry, "
                    + "hopes you can forgive them, and would love to hear back from you about it."));
            does(brief);
        }

        @Test
        void issue15_aReporterOfAPrivateIncidentWhoIsNotItsTargetGetsNoRelayedApology() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.PRIVATE))
                    .does(Action.RecordApologyOffer.of(ACCUSED, false))
                    .does(Action.RecordRequest.of(REPORTER, Set.of(RequestedAction.EVENT_RELAY_APOLOGY_TO_ME)));
            refused(Guard.APOLOGY, Action.RelayApology.of(ACCUSED, REPORTER, "They apologize."));
        }

        @Test
        void pressingAnApologyAfterBeingDiscouragedIsANewIncidentAgainstTheSameAccused() {
            on(Samples.privateHarassment());
            does(Action.RecordApologyOffer.of(ACCUSED, true)).does(Action.DiscourageApology.of(ACCUSED));
            Applied applied = GuardedCases.apply(file, Action.RecordApologyPressed.of(ACCUSED), RECEIVER,
                    at.plusSeconds(60));
            Report incident = applied.newIncidents().get(0);
            assertEquals(Set.of(Circumstance.CONTINUED_HARASSMENT), incident.circumstances());
            assertEquals(ACCUSED, incident.partiesWith(CaseRole.ACCUSED).get(0).id());
            assertEquals(REPORTER, incident.partiesWith(CaseRole.TARGET).get(0).id());
            assertTrue(incident.isAnonymous(), "the team records it; the victim need not report again");
        }

        @Test
        void pressingAnApologyThatWasNeverDiscouragedOpensNoNewIncidentByItself() {
            on(Samples.privateHarassment());
            Applied applied = GuardedCases.apply(file, Action.RecordApologyPressed.of(ACCUSED), RECEIVER, at);
            assertEquals(List.of(), applied.newIncidents());
        }
    }

    @Nested
    class LawEnforcementI4 {
        @Test
        void onceEveryoneIsAssessedSafePoliceAndSecurityComeOnlyAtTheVictimsRequest() {
            on(Samples.privateHarassment());
            does(Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT));
            refused(Guard.LAW_ENFORCEMENT, Action.InvolveAuthority.of(Authority.POLICE, Set.of()));
            refused(Guard.LAW_ENFORCEMENT, Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of()));
            refused(Guard.LAW_ENFORCEMENT, Action.Disclose.of(RecipientClass.LAW_ENFORCEMENT, Set.of()));
            refused(Guard.LAW_ENFORCEMENT, Action.Disclose.of(RecipientClass.VENUE_SECURITY, Set.of()));
            allowed(Action.InvolveAuthority.of(Authority.EMERGENCY_SERVICES, Set.of()));
            does(Action.RecordRequest.of(REPORTER, Set.of(RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT)));
            allowed(Action.InvolveAuthority.of(Authority.POLICE, Set.of()));
        }

        @Test
        void untilSafetyIsAssessedItIsInDoubtAndSecurityMayBeSummonedUnasked() {
            on(Samples.privateHarassment());
            allowed(Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of()));
            allowed(Action.InvolveAuthority.of(Authority.POLICE, Set.of()));
        }

        @Test
        void aThreatToOnePersonSummonsSecurityAndPoliceWithoutARequest() {
            on(Samples.threat());
            allowed(Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS)));
            does(Action.RecordSafetyAssessment.of(SafetyAssessment.THREAT_TO_INDIVIDUAL));
            allowed(Action.InvolveAuthority.of(Authority.POLICE, Set.of(DisclosureItem.INCIDENT_DETAILS)));
            allowed(Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }

        @Test
        void aLaterAssessmentOfDangerLiftsTheWaitForARequest() {
            on(Samples.threat());
            does(Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT));
            refused(Guard.LAW_ENFORCEMENT, Action.InvolveAuthority.of(Authority.POLICE, Set.of()));
            does(Action.RecordSafetyAssessment.of(SafetyAssessment.GENERAL_THREAT));
            allowed(Action.InvolveAuthority.of(Authority.POLICE, Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }
    }

    @Nested
    class MeetingAndConflictsI5 {
        @Test
        void neitherComplainantNorAccusedAttendsTheMeeting() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            does(Action.AddTeamMember.of(member("team-1", Standing.RESPONSE_TEAM_MEMBER)));
            refused(Guard.MEETING_AND_CONFLICTS, Action.ConveneMeeting.of(Set.of(RECEIVER, REPORTER)));
            refused(Guard.MEETING_AND_CONFLICTS, Action.ConveneMeeting.of(Set.of(RECEIVER, ACCUSED)));
            allowed(Action.ConveneMeeting.of(Set.of(RECEIVER, MEMBER)));
        }

        @Test
        void aWitnessWhoReportedAWidelyWitnessedTalkMayAttendButNotTheSpeaker() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            allowed(Action.ConveneMeeting.of(Set.of(RECEIVER, REPORTER)));
            refused(Guard.MEETING_AND_CONFLICTS, Action.ConveneMeeting.of(Set.of(RECEIVER, ACCUSED)));
        }

        @Test
        void aMemberWithAConflictOfInterestNeitherAttendsNorHandles() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            Party friend = ImmutableParty.copyOf(member("team-1", Standing.RESPONSE_TEAM_MEMBER))
                    .withRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND));
            does(Action.AddTeamMember.of(friend));
            refused(Guard.MEETING_AND_CONFLICTS, Action.ConveneMeeting.of(Set.of(RECEIVER, MEMBER)));
            refused(Guard.MEETING_AND_CONFLICTS, Action.AssignHandler.of(MEMBER));
        }

        @Test
        void aReportAgainstAnOrganizerIsHandledByTheGlobalOrganizationOnly() {
            Party organizer = ImmutableParty.copyOf(Samples.privateHarassment().partiesWith(CaseRole.ACCUSED).get(0))
                    .withStandings(Standing.ORGANIZER);
            on(ImmutableReport.copyOf(Samples.privateHarassment()).withParties(
                    Samples.privateHarassment().reporter().orElseThrow(), organizer));
            refused(Guard.MEETING_AND_CONFLICTS, Action.AssignHandler.of(RECEIVER));
            does(Action.EscalateToGlobalOrganization.of(EscalationReason.ACCUSED_HANDLES_REPORTS));
            does(Action.AddTeamMember.of(member("global-1", Standing.GLOBAL_ORGANIZATION)));
            refused(Guard.MEETING_AND_CONFLICTS, Action.AssignHandler.of(RECEIVER));
            does(Action.AssignHandler.of(GLOBAL));
            assertEquals(GLOBAL, file.state().speaker());
        }

        @Test
        void onlyTheDesignatedHandlerTalksToTheParties() {
            on(Samples.privateHarassment());
            does(Action.AddTeamMember.of(member("team-1", Standing.RESPONSE_TEAM_MEMBER)));
            does(Action.AssignHandler.of(RECEIVER));
            Action message = Action.SendMessage.of(REPORTER, MessageIntent.ASK_HOW_TO_HELP);
            assertTrue(Guards.check(message, RECEIVER, file, at.plusSeconds(60)).isAllowed());
            Verdict other = Guards.check(message, MEMBER, file, at.plusSeconds(60));
            assertEquals(Guard.MEETING_AND_CONFLICTS, ((Verdict.Refused) other).guard());
        }
    }

    @Nested
    class AccusedI6 {
        @Test
        void aViolationIsFoundOnlyAfterTheAccusedWasToldAndHeard() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            Action decide = decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
            refused(Guard.ACCUSED, decide);
            does(Action.NotifyAccused.of(ACCUSED));
            refused(Guard.ACCUSED, decide);
            does(Action.HearAccused.of(ACCUSED, "They say they did not realise."));
            allowed(decide);
            allowed(decision(Finding.NO_VIOLATION, List.of()));
        }

        @Test
        void theDecisionNoticeNamesTheAppealContactAndNotTheReporter() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."))
                    .does(decision(Finding.VIOLATION,
                            List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED))));
            refused(Guard.ACCUSED, Action.CommunicateDecision.of(ACCUSED, Optional.empty()));
            refused(Guard.ACCUSED, ImmutableCommunicateDecision.builder().accused(ACCUSED)
                    .appealContact(file.state().appealContact()).text("Dana Reyes asked us to warn you.").build());
            allowed(Action.CommunicateDecision.of(ACCUSED, file.state().appealContact()));
        }

        @Test
        void i6_everyAccusedHearsTheDecisionBeforeTheCaseCloses_issue15() {
            PartyId second = PartyId.of("accused-2");
            on(Samples.harassingTalk());
            does(Action.AddParty.of(Party.builder().id(second).addRoles(CaseRole.ACCUSED)
                    .displayName("Second speaker").build()))
                    .does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(decision(Finding.NO_VIOLATION, List.of()))
                    .does(Action.CommunicateDecision.of(ACCUSED, file.state().appealContact()));
            Action close = Action.CloseCase.of(Resolution.NO_VIOLATION_FOUND);
            Verdict.Refused refusal = refused(Guard.ACCUSED, close);
            assertTrue(refusal.reason().contains("communicate_decision"), refusal.reason());
            assertEquals(Set.of(second), file.state().accusedAwaitingDecision());
            does(Action.CommunicateDecision.of(second, file.state().appealContact()));
            allowed(close);
            does(Action.RecordAppeal.of(second)).does(appealOutcome(AppealOutcome.UPHELD, List.of()));
            refused(Guard.ACCUSED, close);
            does(Action.CommunicateDecision.of(second, file.state().appealContact()));
            refused(Guard.ACCUSED, close);
            does(Action.CommunicateDecision.of(ACCUSED, file.state().appealContact()));
            allowed(close);
        }
    }

    /** DESIGN, "Decision": the meeting decides, by a method, reviewing interim measures; appeals. */
    @Nested
    class Decision {
        private final PartyId second = PartyId.of("team-2");
        private final PartyId third = PartyId.of("team-3");

        private void threeMembersHeardTheAccused(DecisionRules rules) {
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withDecisionRules(rules));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.AddTeamMember.of(member("team-2", Standing.RESPONSE_TEAM_MEMBER)))
                    .does(Action.AddTeamMember.of(member("team-3", Standing.RESPONSE_TEAM_MEMBER)))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."))
                    .does(Action.ConveneMeeting.of(Set.of(RECEIVER, second, third)));
        }

        private long meeting() {
            return file.state().meetings().get(file.state().meetings().size() - 1).sequence();
        }

        private Action.RecordDecision voted(Set<PartyId> inFavour, Set<PartyId> against) {
            Set<PartyId> deciders = new java.util.TreeSet<>(inFavour);
            deciders.addAll(against);
            return org.cocworkflow.core.action.ImmutableRecordDecision.builder().finding(Finding.NO_VIOLATION)
                    .meeting(meeting()).addAllDeciders(deciders)
                    .votes(Votes.of(inFavour, against, Set.of())).build();
        }

        @Test
        void issue13_aDecisionLighterThanTheAssessedGravityForSomeoneTiedToTheTeamIsFlagged() {
            threeMembersHeardTheAccused(DecisionRules.defaults());
            does(Action.AssessGravity.of(Gravity.TEMPORARY_BAN));
            Action.RecordDecision warning = Action.RecordDecision.inMeeting(meeting(), Set.of(RECEIVER, second, third),
                    Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
            Verdict.Allowed untied = assertInstanceOf(Verdict.Allowed.class, verdict(warning));
            assertTrue(untied.flags().stream().noneMatch(f -> f.kind() == Flag.Kind.UNEVEN_ENFORCEMENT),
                    untied::toString);
            Party friend = ImmutableParty.copyOf(member("team-9", Standing.RESPONSE_TEAM_MEMBER))
                    .withRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND));
            does(Action.AddTeamMember.of(friend));
            Verdict.Allowed tied = assertInstanceOf(Verdict.Allowed.class, verdict(warning));
            assertTrue(tied.flags().stream().anyMatch(f -> f.kind() == Flag.Kind.UNEVEN_ENFORCEMENT
                    && f.guard() == Guard.DECISION), tied::toString);
            Verdict.Allowed expelled = assertInstanceOf(Verdict.Allowed.class, verdict(Action.RecordDecision.inMeeting(
                    meeting(), Set.of(RECEIVER, second, third), Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.NO_FURTHER_TALKS, ACCUSED)))));
            assertTrue(expelled.flags().stream().noneMatch(f -> f.kind() == Flag.Kind.UNEVEN_ENFORCEMENT),
                    expelled::toString);
        }

        @Test
        void aFindingIsMadeOnlyInAMeetingTheCaseHeldAndRecordedBySomeoneWhoWasThere() {
            threeMembersHeardTheAccused(DecisionRules.defaults());
            Verdict.Refused none = refused(Guard.DECISION, Action.RecordDecision.of(Finding.NO_VIOLATION, List.of()));
            assertTrue(none.reason().contains("response meeting"), none.reason());
            Action.RecordDecision decided = Action.RecordDecision.inMeeting(meeting(), Set.of(RECEIVER, second, third),
                    Finding.NO_VIOLATION, List.of());
            allowed(decided);
            does(Action.AddTeamMember.of(member("team-4", Standing.RESPONSE_TEAM_MEMBER)));
            Verdict.Refused absentRecorder = assertInstanceOf(Verdict.Refused.class,
                    Guards.check(decided, PartyId.of("team-4"), file, at.plusSeconds(60)));
            assertEquals(Guard.MEETING_AND_CONFLICTS, absentRecorder.guard());
        }

        @Test
        void i5_deciderWhoWasAbsentConflictedTheComplainantOrTheAccusedIsRefused() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."))
                    .does(Action.ConveneMeeting.of(Set.of(RECEIVER, REPORTER)));
            long held = file.state().meetings().get(0).sequence();
            refused(Guard.MEETING_AND_CONFLICTS, Action.RecordDecision.inMeeting(held, Set.of(RECEIVER, REPORTER),
                    Finding.NO_VIOLATION, List.of()));
            refused(Guard.MEETING_AND_CONFLICTS, Action.RecordDecision.inMeeting(held, Set.of(RECEIVER, ACCUSED),
                    Finding.NO_VIOLATION, List.of()));
            Party friend = ImmutableParty.copyOf(member("team-1", Standing.RESPONSE_TEAM_MEMBER))
                    .withRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND));
            does(Action.AddTeamMember.of(friend));
            Verdict.Refused conflicted = refused(Guard.MEETING_AND_CONFLICTS, Action.RecordDecision.inMeeting(held,
                    Set.of(RECEIVER, MEMBER), Finding.NO_VIOLATION, List.of()));
            assertTrue(conflicted.reason().contains("present") || conflicted.reason().contains("conflict"),
                    conflicted.reason());
            allowed(Action.RecordDecision.inMeeting(held, Set.of(RECEIVER), Finding.NO_VIOLATION, List.of()));
        }

        @Test
        void theQuorumAndTheDecisionMethodOfTheEditionAreMet() {
            threeMembersHeardTheAccused(DecisionRules.builder().method(DecisionMethod.TWO_THIRDS).build());
            allowed(voted(Set.of(RECEIVER, second), Set.of(third)));
            Verdict.Refused short1 = refused(Guard.DECISION, voted(Set.of(RECEIVER), Set.of(second, third)));
            assertTrue(short1.reason().contains("decisionRules.method = TWO_THIRDS"), short1.reason());
            Verdict.Refused quorum = refused(Guard.DECISION, Action.RecordDecision.inMeeting(meeting(),
                    Set.of(RECEIVER, second), Finding.NO_VIOLATION, List.of()));
            assertTrue(quorum.reason().contains("decisionRules.quorum = 3"), quorum.reason());

            threeMembersHeardTheAccused(DecisionRules.defaults());
            refused(Guard.DECISION, voted(Set.of(RECEIVER, second), Set.of(third)));
            allowed(voted(Set.of(RECEIVER, second, third), Set.of()));
        }

        @Test
        void aTeamSmallerThanTheQuorumDecidesWhenEveryUnconflictedMemberDoes() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."));
            allowed(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED))));
        }

        @Test
        void aTeamWhoseEveryMemberIsConflictedDoesNotDecideAndIsSentToTheGlobalOrganization() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."))
                    .does(Action.ConveneMeeting.of(Set.of(RECEIVER)))
                    .does(Action.DeclareRelationship.of(RECEIVER, Relationship.of(ACCUSED,
                            RelationshipKind.CLOSE_FRIEND)));
            Verdict.Refused refused = refused(Guard.DECISION, Action.RecordDecision.inMeeting(meeting(),
                    Set.of(RECEIVER), Finding.NO_VIOLATION, List.of()));
            assertTrue(refused.refusals().stream().anyMatch(r -> r.guard() == Guard.DECISION
                    && r.reason().contains("global organization")), refused.refusals()::toString);
        }

        @Test
        void anInterimMeasureIsTakenWhileTheEventRunsAndTheDecisionConfirmsOrLiftsIt() {
            org.cocworkflow.core.report.EventWindow event = org.cocworkflow.core.report.EventWindow.of("conf-2026",
                    Samples.RECEIVED.minusSeconds(86_400), Samples.RECEIVED.plusSeconds(86_400));
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(event));
            Action stop = Action.TakeInterimMeasure.of(InterimMeasure.STOP_TALK, ACCUSED);
            allowed(stop);
            allowed(Action.TakeInterimMeasure.of(InterimMeasure.HOLD_RECORDING, ACCUSED));
            refused(Guard.INTERIM_MEASURES, Action.TakeInterimMeasure.of(InterimMeasure.HIDE_CONTENT, ACCUSED));
            does(stop);
            long measure = file.version() - 1;
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."));
            Action.RecordDecision unreviewed = decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.END_TALK_EARLY, ACCUSED)));
            Verdict.Refused refused = refused(Guard.DECISION, unreviewed);
            assertTrue(refused.reason().contains("events " + measure + " too"), refused.reason());
            Action.RecordDecision reviewed = org.cocworkflow.core.action.ImmutableRecordDecision.copyOf(unreviewed)
                    .withInterimReviews(java.util.Map.of(measure, InterimReview.CONFIRMED));
            does(reviewed);
            assertEquals(Optional.of(InterimReview.CONFIRMED), file.state().interimMeasures().get(0).review());
            refused(Guard.INTERIM_MEASURES, Action.TakeInterimMeasure.of(InterimMeasure.HOLD_RECORDING, ACCUSED));
        }

        @Test
        void anInterimMeasureNeedsTheEventRunningAndAThreatViolenceOrManyWitnesses() {
            on(Samples.harassingTalk());
            Verdict.Refused noWindow = refused(Guard.INTERIM_MEASURES,
                    Action.TakeInterimMeasure.of(InterimMeasure.STOP_TALK, ACCUSED));
            assertTrue(noWindow.reason().contains("does not say when"), noWindow.reason());
            org.cocworkflow.core.report.EventWindow over = org.cocworkflow.core.report.EventWindow.of("conf-2026",
                    Samples.RECEIVED.minusSeconds(3 * 86_400), Samples.RECEIVED.minusSeconds(86_400));
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(over));
            refused(Guard.INTERIM_MEASURES, Action.TakeInterimMeasure.of(InterimMeasure.REMOVE_FROM_EVENT, ACCUSED));
            allowed(Action.TakeInterimMeasure.of(InterimMeasure.HOLD_RECORDING, ACCUSED));

            org.cocworkflow.core.report.EventWindow running = org.cocworkflow.core.report.EventWindow.of("meetup",
                    Samples.RECEIVED.minusSeconds(86_400), Samples.RECEIVED.plusSeconds(86_400));
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.privateHarassment())).withEvent(running));
            Verdict.Refused privately = refused(Guard.INTERIM_MEASURES,
                    Action.TakeInterimMeasure.of(InterimMeasure.REMOVE_FROM_EVENT, ACCUSED));
            assertTrue(privately.reason().contains("threat, violence"), privately.reason());
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.threat())).withEvent(running));
            allowed(Action.TakeInterimMeasure.of(InterimMeasure.REMOVE_FROM_EVENT, ACCUSED));
        }

        @Test
        void i6_anAccusedWhoDoesNotAnswerByTheNoticesDateMayBeDecidedAboutOnceAnAttemptIsRecorded() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            java.time.Duration deadline = DecisionRules.defaults().hearingDeadline();
            refused(Guard.ACCUSED, org.cocworkflow.core.action.ImmutableNotifyAccused.builder().accused(ACCUSED)
                    .answerBy(at.plusSeconds(60).plus(deadline).minusSeconds(1)).build());
            Instant answerBy = at.plusSeconds(60).plus(deadline);
            does(org.cocworkflow.core.action.ImmutableNotifyAccused.builder().accused(ACCUSED).answerBy(answerBy)
                    .build());
            Action.RecordDecision decide = decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
            refused(Guard.ACCUSED, decide);
            at = answerBy;
            refused(Guard.ACCUSED, decide);
            does(Action.RecordContactAttempt.of(ACCUSED, ContactOutcome.NO_ANSWER));
            allowed(decide);
        }

        @Test
        void i6_anAccusedWhoCannotBeReachedMayBeDecidedAboutAfterTwoAttemptsAndTheHearingDeadline() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.RecordContactAttempt.of(ACCUSED, ContactOutcome.UNREACHABLE));
            Instant first = at;
            does(Action.RecordContactAttempt.of(ACCUSED, ContactOutcome.UNREACHABLE));
            Action.RecordDecision decide = decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED)));
            refused(Guard.ACCUSED, decide);
            at = first.plus(DecisionRules.defaults().hearingDeadline());
            allowed(decide);
        }

        @Test
        void anAppealAfterTheWindowNeedsAReasonAndIsHeardBySomeoneWhoDidNotDecide() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED))
                    .does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."))
                    .does(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED))))
                    .does(Action.CommunicateDecision.of(ACCUSED, Optional.of("appeals@events.example")));
            at = at.plus(DecisionRules.defaults().appealWindow());
            Verdict.Refused late = refused(Guard.DECISION, Action.RecordAppeal.of(ACCUSED));
            assertTrue(late.reason().contains("appeal window"), late.reason());
            does(org.cocworkflow.core.action.ImmutableRecordAppeal.builder().accused(ACCUSED)
                    .heardLateBecause("They were in hospital when the notice came.").build());
            refused(Guard.DECISION, Action.DecideAppeal.of(AppealOutcome.UPHELD, List.of()));
            refused(Guard.MEETING_AND_CONFLICTS, Action.DecideAppeal.by(AppealOutcome.UPHELD, List.of(),
                    Set.of(RECEIVER)));
            allowed(appealOutcome(AppealOutcome.UPHELD, List.of()));
        }
    }

    @Nested
    class SanctionsI7 {
        @Test
        void aSanctionWhosePreconditionFailsIsRefused() {
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."));
            Verdict.Refused refused = refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.REFUND_TRAVEL_GRANT, ACCUSED))));
            assertTrue(refused.reason().contains("conditional on conduct"), refused::reason);
            refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.END_TALK_EARLY, ACCUSED))));
            refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.BLOCK_FROM_SERVICE, ACCUSED))));
            allowed(decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.EXPEL_FROM_EVENT, ACCUSED))));
        }

        @Test
        void aGrantConditionalOnConductCanBeRefunded() {
            Party grantee = ImmutableParty.copyOf(Samples.harassingTalk().partiesWith(CaseRole.ACCUSED).get(0))
                    .withTravelGrant(TravelGrant.of(true));
            on(ImmutableReport.copyOf(Samples.harassingTalk()).withParties(
                    Samples.harassingTalk().reporter().orElseThrow(), grantee));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            allowed(decision(Finding.VIOLATION, List.of(
                    ImposedSanction.of(Sanction.REFUND_TRAVEL_GRANT, ACCUSED),
                    ImposedSanction.of(Sanction.WITHHOLD_TALK_RECORDING, ACCUSED))));
        }

        @Test
        void anEmployerReportNeedsConductInAnOfficialCapacity() {
            on(Samples.privateHarassment());
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.ACCUSED_EMPLOYER,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            Verdict.Refused refused = refused(Guard.SANCTIONS, Action.ReportToExternalBody.of(ExternalBody.EMPLOYER,
                    ACCUSED, Set.of()));
            assertTrue(refused.reason().contains("official capacity"));
        }

        @Test
        void aBanGoesOnTheListOnlyAsADecidedBan() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            refused(Guard.SANCTIONS, Action.RecordBan.of(ACCUSED));
            Instant end = at.plusSeconds(365L * 24 * 3_600);
            does(decision(Finding.VIOLATION, List.of(ImposedSanction.until(
                    Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, end))));
            refused(Guard.SANCTIONS, Action.RecordBan.of(ACCUSED));
            allowed(org.cocworkflow.core.action.ImmutableRecordBan.builder().accused(ACCUSED).until(end).build());
        }

        @Test
        void issue12_aSanctionThatEndsBeforeTheMomentItIsDecidedIsRefusedHoweverLongTheCaseWasQuiet() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            Action.RecordDecision inMeeting = decision(Finding.VIOLATION, List.of());
            // The case was quiet for a month; the decision comes today with a ban that ended last week.
            Instant lastEvent = at;
            Instant decidedAt = lastEvent.plusSeconds(30L * 24 * 3_600);
            Action endedBan = ImmutableRecordDecision.copyOf(inMeeting).withSanctions(ImposedSanction.until(
                    Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, decidedAt.minusSeconds(7L * 24 * 3_600)));
            Verdict verdict = Guards.check(endedBan, file, decidedAt);
            Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, verdict);
            assertTrue(refused.refusals().stream().anyMatch(r -> r.guard() == Guard.SANCTIONS
                    && r.reason().contains("end before it starts")), refused::toString);
            assertTrue(Guards.check(ImmutableRecordDecision.copyOf(inMeeting).withSanctions(ImposedSanction.until(
                    Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, decidedAt.plusSeconds(60))), file, decidedAt)
                    .isAllowed());
        }

        @Test
        void aBanComesOffTheListOnlyWhenNoDecidedBanStands() {
            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            does(decision(Finding.VIOLATION, List.of(ImposedSanction.of(
                    Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED)))).does(Action.RecordBan.of(ACCUSED));
            Verdict.Refused refused = refused(Guard.SANCTIONS, Action.LiftBan.of(ACCUSED));
            assertTrue(refused.reason().contains("still bans"), refused.reason());
            does(Action.RecordAppeal.of(ACCUSED)).does(appealOutcome(AppealOutcome.OVERTURNED, List.of()));
            allowed(Action.LiftBan.of(ACCUSED));
        }
    }

    @Nested
    class CommunityI8 {
        private Action.Announce announce(String nature, boolean namesAccused) {
            return ImmutableAnnounce.builder().kind(AnnouncementKind.NEXT_PLENARY).natureOfIncident(nature)
                    .namesAccused(namesAccused).actionTaken("The speaker was asked not to give further talks.").build();
        }

        @Test
        void anAnnouncementNeverNamesTheVictimOrReporterAndNamesTheAccusedOnlyWhereCentral() {
            on(Samples.harassingTalk());
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.COMMUNITY,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(announce("Sexualized images were shown in a talk.", false));
            refused(Guard.COMMUNITY, announce("Ola Nowak reported that sexualized images were shown.", false));
            refused(Guard.COMMUNITY, announce("Rob Stone showed sexualized images in a talk.", false));
            refused(Guard.COMMUNITY, announce("Sexualized images were shown in a talk.", true));
            refused(Guard.COMMUNITY, announce("x".repeat(300), false));
            refused(Guard.COMMUNITY, Action.Disclose.of(RecipientClass.COMMUNITY,
                    Set.of(DisclosureItem.VICTIM_IDENTITY)));
        }

        @Test
        void aCentralFigureMayBeNamed() {
            Party central = ImmutableParty.copyOf(Samples.harassingTalk().partiesWith(CaseRole.ACCUSED).get(0))
                    .withStandings(Standing.SPEAKER, Standing.CENTRAL_FIGURE);
            on(ImmutableReport.copyOf(Samples.harassingTalk()).withParties(
                    Samples.harassingTalk().reporter().orElseThrow(), central));
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.COMMUNITY,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(announce("Rob Stone showed sexualized images in a talk.", true));
        }

        @Test
        void anAnnouncementOfAPrivateIncidentNeedsTheVictimsConsent() {
            on(Samples.privateHarassment());
            refused(Guard.CONSENT, announce("An attendee harassed another attendee at the social.", false));
        }

        @Test
        void issue13_aWidelyWitnessedIncidentIsAnnouncedWithoutTheConsentOfAReporterWhoOnlySawIt() {
            on(Samples.harassingTalk());
            refused(Guard.CONSENT, announce("Sexualized images were shown in a talk.", false));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            allowed(announce("Sexualized images were shown in a talk.", false));
        }

        @Test
        void issue13_aVictimThePeoplePresentCouldRecogniseStillDecides() {
            Party target = Party.builder().id(PartyId.of("target-1")).addRoles(CaseRole.TARGET)
                    .displayName("Mia Chen").build();
            on(ImmutableReport.copyOf(Samples.harassingTalk()).withParties(Samples.harassingTalk().parties().get(0),
                    Samples.harassingTalk().parties().get(1), target));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            Verdict.Refused refused = refused(Guard.CONSENT, announce("A speaker demeaned an attendee on stage.",
                    false));
            assertTrue(refused.reason().contains("recognise"), refused.reason());
            does(Action.RecordConsent.of(ConsentGrant.of(PartyId.of("target-1"), RecipientClass.COMMUNITY,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(announce("A speaker demeaned an attendee on stage.", false));
        }

        @Test
        void issue13_anAnonymousReportAboutNobodyInParticularIsAnnouncedTheSameWay() {
            on(ImmutableReport.copyOf(Samples.harassingTalk()).withParties(Samples.harassingTalk().parties().get(1))
                    .withCircumstances(Circumstance.ACCUSED_GAVE_TALK));
            does(Action.SetResponsePath.of(ResponsePath.PRIVATE));
            allowed(announce("A talk included content that broke our code of conduct.", false));
        }
    }

    @Nested
    class MandatoryReportersAndRetaliation {
        @Test
        void aMandatoryReporterSaysSoBeforeTakingAnAccount() {
            on(Samples.privateHarassment());
            Party mandatory = ImmutableParty.copyOf(member("team-1", Standing.RESPONSE_TEAM_MEMBER))
                    .withMandatoryReporter(true);
            does(Action.AddTeamMember.of(mandatory)).does(Action.AssignHandler.of(MEMBER));
            Action take = Action.RecordAccount.of(REPORTER, "What happened, in their words.");
            refused(Guard.MANDATORY_REPORTER, take);
            does(Action.SendMessage.of(REPORTER, MessageIntent.DISCLOSE_MANDATORY_REPORTER_STATUS));
            allowed(take);
        }

        @Test
        void retaliationIsLinkedBeforeItIsDecidedAndIsNeverOnlyACorrection() {
            Report retaliation = ImmutableReport.copyOf(Samples.privateHarassment())
                    .withCircumstances(Circumstance.RETALIATION);
            on(retaliation);
            refused(Guard.RETALIATION, Action.AssessGravity.of(Gravity.CORRECTION));
            allowed(Action.AssessGravity.of(Gravity.WARNING));
            refused(Guard.RETALIATION, decision(Finding.NO_VIOLATION, List.of()));
            does(Action.LinkCase.of(CaseId.of("case-0"), LinkKind.RETALIATION_FOR));
            allowed(decision(Finding.NO_VIOLATION, List.of()));
        }
    }

    @Test
    void applyingARefusedActionThrowsAndRecordsNothing() {
        on(Samples.privateHarassment());
        CaseFile before = file;
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> Guards.apply(file,
                Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL), RECEIVER, at));
        assertEquals(Guard.NO_COERCION, e.verdict().guard());
        assertTrue(e.getMessage().startsWith("send_message refused by the NO_COERCION guard: "), e::getMessage);
        assertEquals(before, file);
    }

    /** Issue 15: corrections, an accused nobody could identify, and talks that are over. */
    @Nested
    class Outcomes {
        private final org.cocworkflow.core.report.EventWindow running = org.cocworkflow.core.report.EventWindow.of(
                "conf-2026", Samples.RECEIVED.minusSeconds(86_400), Samples.RECEIVED.plusSeconds(86_400));
        private final org.cocworkflow.core.report.EventWindow over = org.cocworkflow.core.report.EventWindow.of(
                "conf-2026", Samples.RECEIVED.minusSeconds(3 * 86_400), Samples.RECEIVED.minusSeconds(86_400));

        private Report onlinePost() {
            return ImmutableReport.copyOf(Samples.privateHarassment())
                    .withSpace(org.cocworkflow.core.report.IncidentSpace.of(
                            org.cocworkflow.core.report.SpaceKind.ONLINE_CHAT))
                    .withCircumstances(Circumstance.WIDELY_WITNESSED, Circumstance.IN_USERNAME_OR_PROFILE);
        }

        @Test
        void i7_aTalkIsEndedEarlyOnlyWhileTheEventRunsAndItsMaterialCanBeCorrectedAfterIt_issue15() {
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(over));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            Verdict.Refused refused = refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.END_TALK_EARLY, ACCUSED))));
            assertTrue(refused.reason().contains("still running"), refused::reason);
            allowed(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.CORRECT_TALK_MATERIAL, ACCUSED),
                    ImposedSanction.of(Sanction.EDIT_TALK_RECORDING, ACCUSED))));
            refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.CORRECT_POST, ACCUSED))));

            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(running));
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            allowed(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.END_TALK_EARLY, ACCUSED))));
        }

        @Test
        void i7_onlineCorrectionsFitOnlineConductAndTalkCorrectionsATalk_issue15() {
            on(onlinePost());
            privatePathWithConsentToProceed();
            does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."));
            allowed(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.CORRECT_POST, ACCUSED),
                    ImposedSanction.of(Sanction.CORRECT_PROFILE, ACCUSED))));
            Verdict.Refused refused = refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.CORRECT_TALK_MATERIAL, ACCUSED))));
            assertTrue(refused.reason().contains("a talk the accused gave"), refused::reason);
            on(Samples.privateHarassment());
            privatePathWithConsentToProceed();
            does(Action.NotifyAccused.of(ACCUSED)).does(Action.HearAccused.of(ACCUSED, "Their side."));
            refused(Guard.SANCTIONS, decision(Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.CORRECT_PROFILE, ACCUSED))));
        }

        @Test
        void aCorrectionOfContentIsAnInterimMeasureForATalkOrOnlineAndTheDecisionConfirmsIt_issue15() {
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(over));
            Action correct = Action.TakeInterimMeasure.of(InterimMeasure.CORRECT_CONTENT, ACCUSED);
            allowed(correct);
            does(correct);
            long measure = file.version() - 1;
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)).does(Action.NotifyAccused.of(ACCUSED))
                    .does(Action.HearAccused.of(ACCUSED, "Their side."));
            Action.RecordDecision putRight = org.cocworkflow.core.action.ImmutableRecordDecision.copyOf(
                    decision(Finding.VIOLATION, List.of())).withInterimReviews(
                    java.util.Map.of(measure, InterimReview.CONFIRMED));
            does(putRight);
            assertEquals(Optional.of(InterimReview.CONFIRMED), file.state().interimMeasures().get(0).review());

            on(onlinePost());
            allowed(Action.TakeInterimMeasure.of(InterimMeasure.CORRECT_CONTENT, ACCUSED));
            on(ImmutableReport.copyOf(Samples.privateHarassment()).withCircumstances(Circumstance.WIDELY_WITNESSED));
            Verdict.Refused inPerson = refused(Guard.INTERIM_MEASURES,
                    Action.TakeInterimMeasure.of(InterimMeasure.CORRECT_CONTENT, ACCUSED));
            assertTrue(inPerson.reason().contains("a correction is for content"), inPerson::reason);
        }

        @Test
        void i8_aReminderNeedsNoConsentOnlyAnAudienceThatExists_issue15() {
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(running));
            Action room = Action.RemindOfCode.of(org.cocworkflow.core.action.ReminderAudience.THE_ROOM);
            allowed(room);
            allowed(Action.RemindOfCode.of(org.cocworkflow.core.action.ReminderAudience.ALL_ATTENDEES));
            on(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk())).withEvent(over));
            Verdict.Refused refused = refused(Guard.COMMUNITY, room);
            assertTrue(refused.reason().contains("still going on"), refused::reason);
            on(Samples.privateHarassment());
            refused(Guard.COMMUNITY,
                    Action.RemindOfCode.of(org.cocworkflow.core.action.ReminderAudience.ALL_ATTENDEES));
            refused(Guard.COMMUNITY, room);
            does(Action.AssignHandler.of(RECEIVER)).does(Action.SetResponsePath.of(ResponsePath.PRIVATE))
                    .does(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED))
                    .does(Action.RecordVictimWish.of(REPORTER,
                            org.cocworkflow.core.response.VictimWish.NO_FURTHER_ACTION));
            Action members = Action.RemindOfCode.of(org.cocworkflow.core.action.ReminderAudience.ALL_MEMBERS);
            allowed(members);
            does(members);
            assertTrue(file.state().reminded(org.cocworkflow.core.action.ReminderAudience.ALL_MEMBERS));
        }

        @Test
        void i1_aSponsorOrTheVenuesStaffHearOnlyWhatTheVictimAgreedTo_issue15() {
            on(Samples.privateHarassment());
            Action sponsor = Action.AskThirdParty.of(org.cocworkflow.core.action.ThirdParty.SPONSOR_OR_VENDOR,
                    Optional.of(ACCUSED), Set.of());
            does(Action.AssignHandler.of(RECEIVER)).does(Action.SetResponsePath.of(ResponsePath.PRIVATE));
            refused(Guard.VICTIM_CHOICE, sponsor);
            does(Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
            allowed(sponsor);
            Action withDetails = Action.AskThirdParty.of(org.cocworkflow.core.action.ThirdParty.SPONSOR_OR_VENDOR,
                    Optional.of(ACCUSED), Set.of(DisclosureItem.INCIDENT_DETAILS));
            Verdict.Refused refused = refused(Guard.CONSENT, withDetails);
            assertTrue(refused.reason().contains("ask first"), refused::reason);
            allowed(Action.AskThirdParty.of(org.cocworkflow.core.action.ThirdParty.VENUE_STAFF, Optional.empty(),
                    Set.of()));
            does(Action.RecordConsent.of(ConsentGrant.of(REPORTER, RecipientClass.ACCUSED_EMPLOYER,
                    Set.of(DisclosureItem.INCIDENT_DETAILS))));
            allowed(withDetails);
            refused(Guard.CONSENT, Action.AskThirdParty.of(org.cocworkflow.core.action.ThirdParty.VENUE_STAFF,
                    Optional.empty(), Set.of(DisclosureItem.INCIDENT_DETAILS)));
        }

        @Test
        void i6_anAccusedTheReportCouldNotIdentifyIsNotWaitedForButOneIdentifiedLaterIs_issue15() {
            Report shout = ImmutableReport.copyOf(Samples.harassingTalk()).withCircumstances(
                    Circumstance.WIDELY_WITNESSED, Circumstance.ACCUSED_NOT_IDENTIFIED);
            on(shout);
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            assertTrue(file.state().nobodyToNotify());
            allowed(decision(Finding.VIOLATION, List.of()));
            PartyId identified = PartyId.of("accused-2");
            does(Action.AddParty.of(Party.builder().id(identified).addRoles(CaseRole.ACCUSED).displayName("Sam Holt")
                    .build()));
            assertTrue(!file.state().nobodyToNotify() && !file.state().unidentified(identified));
            refused(Guard.ACCUSED, decision(Finding.VIOLATION, List.of()));
            refused(Guard.ACCUSED, decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING,
                    identified))));
            allowed(decision(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, ACCUSED))));

            on(Samples.harassingTalk());
            does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
            refused(Guard.ACCUSED, decision(Finding.VIOLATION, List.of()));
        }
    }
}
