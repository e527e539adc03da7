package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.guard.Guard;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.core.screening.ImmutableScreening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant I11 against a hostile edition: whatever a rule suggests, what the procedure forbids never leaves the
 * advisor as a suggestion. The oracle is the table below, written from the invariants of DESIGN (I1 to I8) and the
 * procedure: each row is a situation, a forbidden action shape a rule suggests in it, and the guard that must refuse
 * it, or, for a shape only the victim's consent of one recipient class holds back, that class: the advice then asks
 * the victim and lists the action as waiting instead of as a defect (issue 15). The table does not ask the guards:
 * it says what they must answer.
 *
 * <p>The edition is built from the table: one rule per row, firing only on a case of the row's own id (so that each
 * case shows exactly one forbidden suggestion), beside a harmless rule that fires on every case, a rule that throws,
 * a rule that loops and a screening rule that throws.
 */
class HostileEditionTest {
    private static final Instant NOW = Instant.parse("2026-05-14T20:00:00Z");
    private static final AdviceContext DURING = AdviceContext.at(NOW).during(EventPhase.DURING_EVENT);
    private static final String HARMLESS = "Checks in with the reporter";
    private static final String THROWS = "Quotes the report in an exception";
    private static final String LOOPS = "Asks the same question forever";
    private static final String SCREENS = "Quotes the registration in an exception";
    private static final String REPORTER = "PartyId.of(\"reporter\")";
    /** The start of a decision made in the case's first meeting, by the member who received the report. */
    private static final String IN_THE_MEETING = "Action.RecordDecision.inMeeting($case.meetings().get(0).sequence(), "
            + "Set.of(PartyId.of(\"team-0\")), ";
    private static final String ACCUSED = "PartyId.of(\"accused-1\")";
    private static final String VICTIM_NAME = "$case.partiesWith(CaseRole.TARGET).get(0).displayName().orElse(\"x\")";
    private static final String REPORTER_NAME =
            "$case.partiesWith(CaseRole.REPORTER).get(0).displayName().orElse(\"x\")";

    /** A case as the organizers have it so far: a sample report, its receiver, the steps taken (all allowed). */
    record Situation(String name, Report report, Party receiver, List<Action> steps) {
        Situation then(String next, Action... more) {
            List<Action> all = new ArrayList<>(steps);
            all.addAll(List.of(more));
            return new Situation(next, report, receiver, all);
        }

        CaseFile open(String caseId, Edition edition) {
            CaseFile file = CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(report))
                    .withCaseId(CaseId.of(caseId)).withEdition(edition.id()).withReceivedBy(receiver));
            for (Action step : steps) {
                file = Guards.apply(file, step, file.state().speaker(), file.state().lastEventAt().plusSeconds(60))
                        .file();
            }
            return file;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Situation PRIVATE_UNASKED = new Situation("a private report, the victim not yet asked",
            Samples.privateHarassment(), Samples.receiver(), List.of(
                    Action.AssignHandler.of(Samples.RECEIVER), Action.SetResponsePath.of(ResponsePath.PRIVATE)));
    private static final Situation PRIVATE = PRIVATE_UNASKED.then("a private report the victim lets go ahead",
            Action.SendMessage.of(Samples.REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED));
    private static final Situation PRIVATE_DECLINED = PRIVATE.then("a private report whose victim declined",
            Action.RecordVictimWish.of(Samples.REPORTER, VictimWish.NO_FURTHER_ACTION));
    private static final Situation PRIVATE_SAFE = PRIVATE.then("a private report, everyone safe, no request",
            Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT));
    private static final Situation PRIVATE_HEARD = PRIVATE.then("a private report, the accused told and heard",
            Action.ConveneMeeting.of(Set.of(Samples.RECEIVER)), Action.NotifyAccused.of(Samples.ACCUSED),
            Action.HearAccused.of(Samples.ACCUSED, "Denies it."));
    private static final Situation PRIVATE_CONFLICTED = PRIVATE.then("a private report, a team member the "
            + "accused's close friend", Action.AddTeamMember.of(Party.builder().id(org.cocworkflow.core.party.PartyId
                    .of("team-1")).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).addStandings(Standing.RESPONSE_TEAM_MEMBER)
                    .addRelationships(Relationship.of(Samples.ACCUSED, RelationshipKind.CLOSE_FRIEND)).build()));
    private static final Situation PRIVATE_COMMUNITY_CONSENT = PRIVATE.then("a private report, the victim agreed "
            + "to the community hearing of it", Action.RecordConsent.of(ConsentGrant.of(Samples.REPORTER,
                    RecipientClass.COMMUNITY, Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.VICTIM_IDENTITY))));
    private static final Situation PRIVATE_EMPLOYER_CONSENT = PRIVATE.then("a private report, the victim agreed to "
            + "the employer hearing of it", Action.RecordConsent.of(ConsentGrant.of(Samples.REPORTER,
                    RecipientClass.ACCUSED_EMPLOYER, Set.of(DisclosureItem.INCIDENT_DETAILS))));
    private static final Situation TALK = new Situation("a harassing talk, widely witnessed",
            Samples.harassingTalk(), Samples.receiver(), List.of(Action.AssignHandler.of(Samples.RECEIVER),
                    Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED)));
    private static final Situation TALK_MET = TALK.then("a harassing talk, the response meeting held",
            Action.ConveneMeeting.of(Set.of(Samples.RECEIVER)));
    private static final Situation TALK_NOTIFIED = TALK_MET.then("a harassing talk, the accused told but not heard",
            Action.NotifyAccused.of(Samples.ACCUSED));
    private static final Situation TALK_HEARD = TALK_NOTIFIED.then("a harassing talk, the accused told and heard",
            Action.HearAccused.of(Samples.ACCUSED, "It was a joke."));
    /** The talk's meeting is event 3: the opening, the handler, the path, then the meeting. */
    private static final long TALK_MEETING = 3;
    private static final Situation TALK_DECIDED = TALK_HEARD.then("a harassing talk, a warning decided",
            Action.RecordDecision.inMeeting(TALK_MEETING, Set.of(Samples.RECEIVER), Finding.VIOLATION,
                    List.of(ImposedSanction.of(Sanction.WARNING, Samples.ACCUSED))));
    private static final Situation MANDATORY = new Situation("a report received by a mandatory reporter",
            Samples.privateHarassment(), Party.builder().id(Samples.RECEIVER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                    .addStandings(Standing.RESPONSE_TEAM_MEMBER).mandatoryReporter(true).build(), List.of());
    private static final Situation RETALIATION = new Situation("a report of retaliation against a reporter",
            ImmutableReport.copyOf(Samples.privateHarassment()).withCircumstances(Circumstance.RETALIATION),
            Samples.receiver(), List.of(Action.AssignHandler.of(Samples.RECEIVER)));
    private static final Situation AGAINST_ORGANIZER = new Situation("a report against an organizer",
            ImmutableReport.copyOf(Samples.privateHarassment()).withParties(Samples.privateHarassment().parties()
                    .stream().map(p -> p.has(CaseRole.ACCUSED) ? (Party) ImmutableParty.copyOf(p)
                            .withStandings(Standing.ORGANIZER) : p).toList()),
            Samples.receiver(), List.of());

    /**
     * One forbidden shape: the rule that suggests it, where, the action in DRL, and the guard that must refuse; for a
     * shape that only the victim's consent of one recipient class holds back, and that somebody can give, that class
     * (issue 15: the advice asks for it, and the action waits instead of being a defect).
     */
    record Shape(String rule, Situation situation, String action, String actionType, Guard refusedBy,
            Optional<RecipientClass> waitsFor) {
        Shape(String rule, Situation situation, String action, String actionType, Guard refusedBy) {
            this(rule, situation, action, actionType, refusedBy, Optional.empty());
        }

        static Shape waiting(String rule, Situation situation, String action, String actionType,
                RecipientClass recipient) {
            return new Shape(rule, situation, action, actionType, Guard.CONSENT, Optional.of(recipient));
        }

        @Override
        public String toString() {
            return refusedBy + ": " + rule + " (" + situation + ")";
        }
    }

    /** The oracle: written from the invariants and the procedure, never from what the guards answer. */
    private static final List<Shape> SHAPES = List.of(
            // I1: nothing about the incident or the victim leaves the team without the victim's consent.
            new Shape("Shares the incident with the community", PRIVATE,
                    "Action.Disclose.of(RecipientClass.COMMUNITY, Set.of(DisclosureItem.INCIDENT_DETAILS))",
                    "disclose", Guard.CONSENT),
            // ... and where the victim's consent alone holds an action back, it waits and the victim is asked (#15).
            Shape.waiting("Shares the incident with organizers outside the team", PRIVATE,
                    "Action.Disclose.of(RecipientClass.CO_ORGANIZERS, Set.of(DisclosureItem.INCIDENT_DETAILS))",
                    "disclose", RecipientClass.CO_ORGANIZERS),
            Shape.waiting("Tells the global organization who the victim is", PRIVATE,
                    "Action.InformGlobalOrganization.of(Set.of(DisclosureItem.VICTIM_IDENTITY))",
                    "inform_global_organization", RecipientClass.GLOBAL_ORGANIZATION),
            Shape.waiting("Shares the incident with the accused's employer", PRIVATE,
                    "Action.Disclose.of(RecipientClass.ACCUSED_EMPLOYER, Set.of(DisclosureItem.INCIDENT_DETAILS))",
                    "disclose", RecipientClass.ACCUSED_EMPLOYER),
            Shape.waiting("Tells the accused who reported", TALK,
                    "Action.Disclose.of(RecipientClass.ACCUSED, Set.of(DisclosureItem.REPORTER_IDENTITY))",
                    "disclose", RecipientClass.ACCUSED),
            // A refusal for consent and for something else stays a defect: asking would not make it allowed.
            new Shape("Gives venue security the details although everyone is safe and nobody asked", PRIVATE_SAFE,
                    "Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS))",
                    "involve_authority", Guard.CONSENT),
            new Shape("Lets someone from the global organization join without a hand-over", PRIVATE,
                    "Action.AddTeamMember.of(Party.builder().id(PartyId.of(\"global-1\"))"
                            + ".addRoles(CaseRole.RESPONSE_TEAM_MEMBER).addStandings(Standing.GLOBAL_ORGANIZATION)"
                            + ".build())",
                    "add_team_member", Guard.CONSENT),
            // The victim of private harassment decides whether the team goes ahead.
            new Shape("Tells the accused although the victim declined", PRIVATE_DECLINED,
                    "Action.NotifyAccused.of(" + ACCUSED + ")", "notify_accused", Guard.VICTIM_CHOICE),
            new Shape("Convenes the meeting before the victim was asked", PRIVATE_UNASKED,
                    "Action.ConveneMeeting.of(Set.of(PartyId.of(\"team-0\")))", "convene_meeting",
                    Guard.VICTIM_CHOICE),
            // I2: no coercion of the victim.
            new Shape("Invites the victim to withdraw", PRIVATE,
                    "Action.SendMessage.of(" + REPORTER + ", MessageIntent.INVITE_WITHDRAWAL)", "send_message",
                    Guard.NO_COERCION),
            new Shape("Asks the victim how to handle the complaint", PRIVATE,
                    "Action.SendMessage.of(" + REPORTER + ", MessageIntent.ASK_HOW_TO_HANDLE)", "send_message",
                    Guard.NO_COERCION),
            new Shape("Asks the victim about penalties", PRIVATE,
                    "Action.SendMessage.of(" + REPORTER + ", MessageIntent.ASK_ABOUT_PENALTIES)", "send_message",
                    Guard.NO_COERCION),
            // I3: no apology is required, requested or encouraged; a relayed one is brief and asks nothing.
            new Shape("Asks the victim to accept an apology", PRIVATE,
                    "Action.SendMessage.of(" + REPORTER + ", MessageIntent.ASK_TO_ACCEPT_APOLOGY)", "send_message",
                    Guard.APOLOGY),
            new Shape("Proposes to bring the victim and the accused together", PRIVATE,
                    "Action.SendMessage.of(" + REPORTER + ", MessageIntent.PROPOSE_MEDIATION)", "send_message",
                    Guard.APOLOGY),
            new Shape("Relays a long apology that asks for a reply", PRIVATE,
                    "Action.RelayApology.of(" + ACCUSED + ", " + REPORTER + ", \"I am truly sorry for what I said "
                            + "at the social. I never meant any harm. Please write back and tell me we are fine. "
                            + "Could we meet for a coffee to talk it over?\")",
                    "relay_apology", Guard.APOLOGY),
            // I4: once everyone is safe, police or security only at the victim's request.
            new Shape("Calls the police although everyone is safe", PRIVATE_SAFE,
                    "Action.InvolveAuthority.of(Authority.POLICE, Set.of())", "involve_authority",
                    Guard.LAW_ENFORCEMENT),
            new Shape("Summons venue security although everyone is safe", PRIVATE_SAFE,
                    "Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of())", "involve_authority",
                    Guard.LAW_ENFORCEMENT),
            // I5: neither complainant nor accused nor anyone conflicted in the meeting; no one handles their own case.
            new Shape("Puts the accused in the response meeting", PRIVATE,
                    "Action.ConveneMeeting.of(Set.of(PartyId.of(\"team-0\"), " + ACCUSED + "))", "convene_meeting",
                    Guard.MEETING_AND_CONFLICTS),
            new Shape("Puts the complainant in the response meeting", PRIVATE,
                    "Action.ConveneMeeting.of(Set.of(PartyId.of(\"team-0\"), " + REPORTER + "))", "convene_meeting",
                    Guard.MEETING_AND_CONFLICTS),
            new Shape("Puts the accused's close friend in the response meeting", PRIVATE_CONFLICTED,
                    "Action.ConveneMeeting.of(Set.of(PartyId.of(\"team-0\"), PartyId.of(\"team-1\")))",
                    "convene_meeting", Guard.MEETING_AND_CONFLICTS),
            new Shape("Hands the case to the accused's close friend", PRIVATE_CONFLICTED,
                    "Action.AssignHandler.of(PartyId.of(\"team-1\"))", "assign_handler", Guard.MEETING_AND_CONFLICTS),
            new Shape("Lets the organizers handle a report against one of them", AGAINST_ORGANIZER,
                    "Action.AssignHandler.of(PartyId.of(\"team-0\"))", "assign_handler", Guard.MEETING_AND_CONFLICTS),
            // I6: the accused is told and heard before a violation is found; the notice names the appeal contact;
            // nothing shown to the accused identifies the reporter.
            new Shape("Finds a violation before the accused was told", TALK_MET,
                    IN_THE_MEETING + "Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, "
                            + ACCUSED + ")))",
                    "record_decision", Guard.ACCUSED),
            new Shape("Finds a violation before the accused was heard", TALK_NOTIFIED,
                    IN_THE_MEETING + "Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, "
                            + ACCUSED + ")))",
                    "record_decision", Guard.ACCUSED),
            new Shape("Sends the decision without the appeal contact", TALK_DECIDED,
                    "Action.CommunicateDecision.of(" + ACCUSED + ", Optional.empty())", "communicate_decision",
                    Guard.ACCUSED),
            new Shape("Names the reporter in the notice to the accused", TALK,
                    "ImmutableNotifyAccused.builder().accused(" + ACCUSED + ").text(\"A complaint about your talk "
                            + "came from \" + " + REPORTER_NAME + ").build()",
                    "notify_accused", Guard.ACCUSED),
            // I7: every sanction meets its precondition; an outside report has the connection the body needs.
            new Shape("Refunds a travel grant nobody was granted", TALK_HEARD,
                    IN_THE_MEETING + "Finding.VIOLATION, List.of(ImposedSanction.of("
                            + "Sanction.REFUND_TRAVEL_GRANT, " + ACCUSED + ")))",
                    "record_decision", Guard.SANCTIONS),
            new Shape("Ends a talk the accused never gave", PRIVATE_HEARD,
                    IN_THE_MEETING + "Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.END_TALK_EARLY, "
                            + ACCUSED + ")))",
                    "record_decision", Guard.SANCTIONS),
            // Decision: a finding is made in a held meeting, by its deciders, under the edition's method.
            new Shape("Records a violation as the first suggestion, without a meeting", TALK_HEARD,
                    "Action.RecordDecision.of(Finding.VIOLATION, List.of(ImposedSanction.of(Sanction.WARNING, "
                            + ACCUSED + ")))",
                    "record_decision", Guard.DECISION),
            new Shape("Records a decision nobody decided", TALK_HEARD,
                    "Action.RecordDecision.inMeeting($case.meetings().get(0).sequence(), Set.of(), "
                            + "Finding.NO_VIOLATION, List.of())",
                    "record_decision", Guard.DECISION),
            new Shape("Lets the accused decide on the complaint", TALK_HEARD,
                    "Action.RecordDecision.inMeeting($case.meetings().get(0).sequence(), Set.of(" + ACCUSED
                            + "), Finding.NO_VIOLATION, List.of())",
                    "record_decision", Guard.MEETING_AND_CONFLICTS),
            // Interim measures: only for a threat, violence or widely witnessed conduct, while they can protect.
            new Shape("Removes the accused of a private remark from the event before hearing them", PRIVATE,
                    "Action.TakeInterimMeasure.of(InterimMeasure.REMOVE_FROM_EVENT, " + ACCUSED + ")",
                    "take_interim_measure", Guard.INTERIM_MEASURES),
            new Shape("Reports to the employer conduct outside any official capacity", PRIVATE_EMPLOYER_CONSENT,
                    "Action.ReportToExternalBody.of(ExternalBody.EMPLOYER, " + ACCUSED + ", Set.of())",
                    "report_to_external_body", Guard.SANCTIONS),
            new Shape("Puts the accused on the ban list without a decided ban", TALK,
                    "Action.RecordBan.of(" + ACCUSED + ")", "record_ban", Guard.SANCTIONS),
            // I8: the community hears no victim's name, the accused's only where central, and no details.
            new Shape("Names the victim in an announcement", PRIVATE_COMMUNITY_CONSENT,
                    "Action.Announce.of(AnnouncementKind.NEXT_PLENARY, \"Harassment of \" + " + VICTIM_NAME
                            + " + \" broke our code of conduct.\")",
                    "announce", Guard.COMMUNITY),
            new Shape("Names an accused who is not central in an announcement", PRIVATE_COMMUNITY_CONSENT,
                    "ImmutableAnnounce.builder().kind(AnnouncementKind.COMMUNITY_CHANNEL).natureOfIncident(\"An "
                            + "attendee harassed another at the social.\").namesAccused(true).build()",
                    "announce", Guard.COMMUNITY),
            new Shape("Tells the community who the victim is although they agreed", PRIVATE_COMMUNITY_CONSENT,
                    "Action.Disclose.of(RecipientClass.COMMUNITY, Set.of(DisclosureItem.VICTIM_IDENTITY))",
                    "disclose", Guard.COMMUNITY),
            new Shape("Announces every detail of the incident", PRIVATE_COMMUNITY_CONSENT,
                    "Action.Announce.of(AnnouncementKind.PUBLIC_STATEMENT, \"At the evening social an attendee \" "
                            + "+ \"kept commenting on another attendee's body. \".repeat(8))",
                    "announce", Guard.COMMUNITY),
            // Seed 000: a mandatory reporter says so before taking an account.
            new Shape("Takes an account before saying it may be passed on", MANDATORY,
                    "Action.RecordAccount.of(" + REPORTER + ", $case.report().description())", "record_account",
                    Guard.MANDATORY_REPORTER),
            // Seed 002: retaliation weighs more than a private correction.
            new Shape("Weighs retaliation as a mere correction", RETALIATION,
                    "Action.AssessGravity.of(Gravity.CORRECTION)", "assess_gravity", Guard.RETALIATION));

    private static Edition edition;
    private static Advisor advisor;

    @BeforeAll
    static void loadTheHostileEdition() {
        edition = RuleTesting.drlEdition("hostile-2026", drl());
        advisor = Advisor.create(AdvisorOptions.builder().addEditions(edition).build());
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static Stream<Shape> shapes() {
        return SHAPES.stream().filter(shape -> shape.waitsFor().isEmpty());
    }

    static Stream<Shape> waitingShapes() {
        return SHAPES.stream().filter(shape -> shape.waitsFor().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waitingShapes")
    void I11_anActionOnlyTheVictimsConsentHoldsBackWaitsAndTheAdviceAsksForIt_15(Shape shape) {
        CaseFile file = shape.situation().open(caseIdOf(shape), edition);
        Advice advice = advisor.advise(file, DURING);

        assertEquals(List.of(), advice.defects(), "not a defect: the victim's answer can lift the refusal");
        assertEquals(1, advice.waitingForConsent().size(), advice.waitingForConsent()::toString);
        WaitingForConsent waiting = advice.waitingForConsent().get(0);
        RecipientClass recipient = shape.waitsFor().orElseThrow();
        assertEquals(List.of(shape.rule(), shape.actionType(), recipient.name(), "[reporter]"),
                List.of(waiting.rule(), waiting.action().typeName(), waiting.recipient().name(),
                        waiting.holders().toString()));
        // The samples' reporter is the victim, asked once, for this class, through the guards.
        Action ask = Action.SendMessage.askConsent(Samples.REPORTER, recipient);
        assertTrue(Guards.check(ask, file, NOW).isAllowed());
        assertEquals(List.of(HARMLESS, shape.rule()), advice.suggestions().stream().map(Suggestion::rule).sorted()
                .toList(), "the harmless rule's suggestion and the question; the waiting action is not advice");
        Suggestion question = advice.suggestions().stream().filter(s -> s.rule().equals(shape.rule())).findFirst()
                .orElseThrow();
        assertEquals(ask, question.action());
        assertEquals(List.of(shape.rule()), question.waitingRules());
        assertTrue(advice.complete(), advice.faults()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void I11_aForbiddenSuggestionIsARuleDefectNamingItsRuleAndGuardAndNeverAdvice(Shape shape) {
        Advice advice = advisor.advise(shape.situation().open(caseIdOf(shape), edition), DURING);

        assertEquals(1, advice.defects().size(), () -> "one defect: " + advice.defects());
        RuleDefect defect = advice.defects().get(0);
        assertEquals(List.of(shape.rule(), shape.actionType(), shape.refusedBy().name()),
                List.of(defect.rule(), defect.actionType(), defect.guard().name()), defect::reason);
        assertEquals(List.of(HARMLESS), advice.suggestions().stream().map(Suggestion::rule).toList(),
                "the forbidden suggestion is not advice; the harmless rule's is");
        assertTrue(advice.rulesFired().contains(shape.rule()), "the hostile rule fired");
        assertTrue(advice.complete(), advice.faults()::toString);
    }

    @Test
    void theOracleHasTwentyShapesOrMoreAndOneForEveryGuard() {
        assertTrue(SHAPES.size() >= 20, "shapes: " + SHAPES.size());
        Set<Guard> covered = EnumSet.noneOf(Guard.class);
        SHAPES.stream().filter(shape -> shape.waitsFor().isEmpty()).forEach(shape -> covered.add(shape.refusedBy()));
        assertEquals(EnumSet.allOf(Guard.class), covered, "a guard without a hostile shape");
        assertEquals(SHAPES.size(), SHAPES.stream().map(Shape::rule).distinct().count(), "rule names are unique");
    }

    @Test
    void I11_aRuleThatThrowsIsAFaultNamingItAndTheHarmlessRuleStillAdvises() {
        Advice advice = advisor.advise(PRIVATE.open("hostile-throws", edition), DURING);

        assertEquals(List.of(ImmutableConsequenceFailed.builder().rule(THROWS)
                .exceptionType(IllegalArgumentException.class.getName()).times(1).build()), advice.faults());
        assertEquals(List.of(HARMLESS), advice.suggestions().stream().map(Suggestion::rule).toList());
        assertFalse(advice.complete());
    }

    @Test
    void I11_aRuleThatLoopsIsStoppedAtTheFiringLimitNamingIt() {
        Advice advice = advisor.advise(PRIVATE.open("hostile-loops", edition), DURING);

        RuleFault fault = advice.faults().get(0);
        assertEquals(List.of(LOOPS), fault.rules());
        assertEquals(AdvisorOptions.DEFAULT_FIRING_LIMIT, ((RuleFault.FiringLimitReached) fault).limit());
        assertEquals(List.of(HARMLESS), advice.suggestions().stream().map(Suggestion::rule).distinct().toList(),
                "only the harmless rule's suggestion, once; the loop's are defects");
        assertTrue(advice.defects().stream().allMatch(d -> d.rule().equals(LOOPS)
                && d.guard() == Guard.NO_COERCION), "each of the loop's suggestions was refused");
        assertFalse(advice.complete());
    }

    @Test
    void I11_aScreeningWhoseRuleThrowsIsARuleFaultExceptionNamingTheRule() {
        RuleFaultException e = assertThrows(RuleFaultException.class,
                () -> advisor.screen(ImmutableScreening.builder().at(NOW).build()));

        assertEquals(edition.id(), e.edition());
        assertEquals(List.of(SCREENS), e.faults().get(0).rules());
        assertTrue(e.getMessage().contains(SCREENS), e.getMessage());
        assertFalse(e.getMessage().contains("cannot screen"), e.getMessage());
    }

    /** The case id a shape's rule fires on. */
    static String caseIdOf(Shape shape) {
        return "hostile-" + SHAPES.indexOf(shape);
    }

    /** @return every case id a hostile rule fires on, the throwing and looping rules' among them */
    static List<String> hostileCaseIds() {
        List<String> ids = new ArrayList<>(IntStream.range(0, SHAPES.size()).mapToObj(i -> "hostile-" + i).toList());
        ids.add("hostile-throws");
        ids.add("hostile-loops");
        return ids;
    }

    /** @return the hostile edition's DRL */
    static String drl() {
        StringBuilder drl = new StringBuilder("""
                package org.cocworkflow.rules.hostile;

                import java.util.List;
                import java.util.Optional;
                import java.util.Set;
                import org.cocworkflow.core.action.Action;
                import org.cocworkflow.core.action.AnnouncementKind;
                import org.cocworkflow.core.action.Authority;
                import org.cocworkflow.core.action.ExternalBody;
                import org.cocworkflow.core.action.ImmutableAnnounce;
                import org.cocworkflow.core.action.ImmutableNotifyAccused;
                import org.cocworkflow.core.action.InterimMeasure;
                import org.cocworkflow.core.action.MessageIntent;
                import org.cocworkflow.core.casefile.CaseState;
                import org.cocworkflow.core.consent.DisclosureItem;
                import org.cocworkflow.core.consent.RecipientClass;
                import org.cocworkflow.core.party.CaseRole;
                import org.cocworkflow.core.party.Party;
                import org.cocworkflow.core.party.PartyId;
                import org.cocworkflow.core.party.Standing;
                import org.cocworkflow.core.report.Report;
                import org.cocworkflow.core.response.Finding;
                import org.cocworkflow.core.response.Gravity;
                import org.cocworkflow.core.sanction.ImposedSanction;
                import org.cocworkflow.core.sanction.Sanction;
                import org.cocworkflow.rules.Priority;
                import org.cocworkflow.core.screening.Screening;

                global org.cocworkflow.rules.facts.Suggestions suggest;

                rule "%s"
                    @cite("seed 003, Receiving a Complaint") @why("harmless, on every case")
                    salience 10
                when
                    CaseState( closed == false )
                    $reporter : Party( roles contains CaseRole.REPORTER )
                then
                    suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.CHECK_IN), Priority.NORMAL);
                end

                rule "%s"
                    @cite("test") @why("a consequence that quotes case content in its exception")
                when
                    CaseState( caseId.value == "hostile-throws" )
                    $report : Report()
                then
                    throw new IllegalArgumentException("cannot handle: " + $report.description());
                end

                rule "%s"
                    @cite("test") @why("updates a fact it matches, without no-loop, so it matches again")
                when
                    CaseState( caseId.value == "hostile-loops" )
                    $report : Report()
                    $victim : Party( roles contains CaseRole.TARGET )
                then
                    suggest.add(drools, Action.SendMessage.of($victim.id(), MessageIntent.ASK_HOW_TO_HANDLE),
                            Priority.URGENT);
                    update($report);
                end

                rule "%s"
                    @cite("test") @why("a screening rule whose consequence throws")
                when
                    $screening : Screening()
                then
                    throw new IllegalStateException("cannot screen " + $screening.matches());
                end
                """.formatted(HARMLESS, THROWS, LOOPS, SCREENS));
        for (Shape shape : SHAPES) {
            drl.append("""

                    rule "%s"
                        @cite("forbidden: the %s guard must refuse it") @why("a hostile test rule")
                    when
                        $case : CaseState( caseId.value == "%s" )
                    then
                        suggest.add(drools, %s, Priority.HIGH);
                    end
                    """.formatted(shape.rule(), shape.refusedBy(), caseIdOf(shape), shape.action()));
        }
        return drl.toString();
    }
}
