package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableNotifyAccused;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.ImmutableEvidenceRef;
import org.cocworkflow.core.report.ImmutableIncidentSpace;
import org.cocworkflow.core.report.ImmutablePriorReport;
import org.cocworkflow.core.report.OtherAuthority;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.core.screening.ImmutableScreening;
import org.cocworkflow.rules.screening.ScreeningAdvice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case content never leaks from the rules (issue 12, item 7): a case whose every free-text field, name, contact and
 * identifier holds a canary string of its own is advised with the shipped edition and with the hostile one (whose
 * rules quote the case in suggestions and in the exceptions they throw), and no {@code toString()}, reason,
 * description or message of advice, suggestions, rule defects, rule faults, reviews or any exception thrown
 * contains a canary. Party and case ids are the embedder's pseudonymous references, which summaries show by design,
 * so they hold none.
 */
class RuleCanaryTest {
    private static final Instant RECEIVED = Instant.parse("2026-05-14T19:40:00Z");
    private static final List<String> CANARIES = new ArrayList<>();
    private static final PartyId REPORTER = PartyId.of("reporter");
    private static final PartyId ACCUSED = PartyId.of("accused-1");
    private static final PartyId WITNESS = PartyId.of("witness-1");
    private static final PartyId RECEIVER = PartyId.of("team-0");
    private static Edition hostile;
    private static Advisor hostileAdvisor;

    @BeforeAll
    static void loadTheHostileEdition() {
        hostile = RuleTesting.drlEdition("hostile-2026", HostileEditionTest.drl());
        hostileAdvisor = Advisor.create(AdvisorOptions.builder().addEditions(hostile).firingLimit(500).build());
    }

    @AfterAll
    static void close() {
        hostileAdvisor.close();
    }

    /**
     * Plants a canary of its own for one field, so that a leak says which field leaked; in lower case, so that it
     * survives the normalization of e-mail addresses.
     */
    private static String canary(String field) {
        String canary = "zq" + field.toLowerCase(Locale.ROOT) + "canary" + CANARIES.size();
        CANARIES.add(canary);
        return canary;
    }

    private static Party party(PartyId id, String name, boolean handle, CaseRole... roles) {
        List<Identifier> identifiers = new ArrayList<>();
        identifiers.add(Identifier.email(canary(name + "Email") + "@mail.example"));
        if (handle) {
            identifiers.add(Identifier.handle("chat.example", "@" + canary(name + "Handle")));
        }
        return Party.builder().id(id).addRoles(roles).displayName(name + " " + canary(name + "Name"))
                .description("wore a " + canary(name + "Description") + " jacket")
                .contact("call " + canary(name + "Contact")).employer(canary(name + "Employer") + " Ltd")
                .addAllIdentifiers(identifiers).addStandings(Standing.ATTENDEE).build();
    }

    private static Report report() {
        return Report.builder()
                .receivedAt(RECEIVED)
                .channel(ReportChannel.IN_PERSON)
                .description("At the social the accused said " + canary("Description") + " to me, twice.")
                .space(ImmutableIncidentSpace.builder().kind(SpaceKind.SOCIAL_EVENT)
                        .place("the " + canary("Place") + " bar").build())
                .incidentAt(RECEIVED.minusSeconds(3_600))
                .effects("I left early because of " + canary("Effects"))
                .addCircumstances(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)
                .addParties(party(REPORTER, "Dana", true, CaseRole.REPORTER, CaseRole.TARGET))
                .addParties(party(ACCUSED, "Lee", true, CaseRole.ACCUSED))
                .addParties(party(WITNESS, "Kim", false, CaseRole.WITNESS))
                .addEvidence(ImmutableEvidenceRef.builder().reference("photo " + canary("EvidenceReference"))
                        .description(canary("EvidenceDescription")).build())
                .requestNote("please " + canary("RequestNote"))
                .confidentialityNote("not " + canary("ConfidentialityNote"))
                .addReportedElsewhere(ImmutablePriorReport.builder().authority(OtherAuthority.EMPLOYER)
                        .outcome(canary("PriorOutcome")).build())
                .build();
    }

    /** The canary case after each step the organizers took, every step carrying text of its own. */
    private static List<CaseFile> canaryCase(String caseId, PolicyEditionId edition) {
        Party receiver = Party.builder().id(RECEIVER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .displayName("Jo " + canary("ReceiverName")).contact(canary("ReceiverContact"))
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
        CaseFile file = CaseFile.open(CaseOpened.builder().at(RECEIVED.plusSeconds(600)).caseId(CaseId.of(caseId))
                .edition(edition).report(report()).receivedBy(receiver)
                .appealContact(Optional.of(canary("AppealContact") + "@events.example")).build());
        List<CaseFile> states = new ArrayList<>(List.of(file));
        List<Action> steps = List.of(
                Action.AssignHandler.of(RECEIVER),
                Action.SetResponsePath.of(ResponsePath.PRIVATE),
                Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED, canary("MessageText")),
                Action.RecordAccount.of(REPORTER, "In my words: " + canary("Account")),
                ImmutableNotifyAccused.builder().accused(ACCUSED).text("About the social: " + canary("Notice"))
                        .build(),
                Action.HearAccused.of(ACCUSED, "I only said " + canary("Statement")),
                Action.RecordNote.of("Team note: " + canary("Note")));
        for (Action step : steps) {
            file = Guards.apply(file, step, file.state().speaker(), file.state().lastEventAt().plusSeconds(60))
                    .file();
            states.add(file);
        }
        return states;
    }

    @Test
    void theCanaryCaseReallyHoldsACanaryInEveryContentField() {
        int from = CANARIES.size();
        List<CaseFile> states = canaryCase("canary-case", Editions.SHIPPED);
        List<String> planted = List.copyOf(CANARIES.subList(from, CANARIES.size()));
        String json = CocJson.standard().writeCaseFile(states.get(states.size() - 1));
        assertEquals(List.of(), planted.stream().filter(c -> !json.contains(c)).toList(),
                "canaries the case file does not hold");
        assertTrue(planted.size() >= 30, "canaries planted: " + planted.size());
    }

    @Test
    void adviceOfTheShippedEditionShowsNoCaseContent() {
        int suggestions = 0;
        for (CaseFile file : canaryCase("canary-case", Editions.SHIPPED)) {
            Instant at = file.state().lastEventAt().plusSeconds(60);
            for (AdviceContext context : List.of(AdviceContext.at(at).during(EventPhase.DURING_EVENT),
                    AdviceContext.at(at.plus(Duration.ofDays(9))).during(EventPhase.AFTER_EVENT))) {
                Advice advice = RuleTesting.shipped().advise(file, context);
                assertClean(advice);
                suggestions += advice.suggestions().size();
            }
        }
        assertTrue(suggestions > 50, "the shipped rules advised on the canary case: " + suggestions);
        List<CaseFile> cases = canaryCase("canary-case", Editions.SHIPPED);
        Review review = RuleTesting.shipped().evaluate(cases, RECEIVED.plus(Duration.ofDays(30)));
        assertClean(review);
        review.notes().forEach(RuleCanaryTest::assertClean);
    }

    @Test
    void adviceOfTheHostileEditionShowsNoCaseContentEvenWhereItsRulesQuoteTheCase() {
        int defects = 0;
        int faults = 0;
        int waiting = 0;
        for (String caseId : HostileEditionTest.hostileCaseIds()) {
            for (CaseFile file : canaryCase(caseId, hostile.id())) {
                Advice advice = hostileAdvisor.advise(file, AdviceContext.at(file.state().lastEventAt()
                        .plusSeconds(60)).during(EventPhase.DURING_EVENT));
                assertClean(advice);
                defects += advice.defects().size();
                faults += advice.faults().size();
                waiting += advice.waitingForConsent().size();
            }
        }
        assertTrue(defects > 100, "the hostile rules' suggestions were refused: " + defects);
        assertTrue(waiting > 10, "the hostile rules' disclosures waited for consent (issue 15): " + waiting);
        assertTrue(faults >= 16, "the throwing and looping rules failed on each state: " + faults);
    }

    @Test
    void exceptionsOfTheAdvisorShowNoCaseContent() {
        RuleFaultException screening = assertThrows(RuleFaultException.class, () -> hostileAdvisor.screen(
                ImmutableScreening.builder().at(RECEIVED).eventId("conf-2026").build()));
        assertCleanError(screening);
        screening.faults().forEach(RuleCanaryTest::assertClean);

        CaseFile elsewhere = canaryCase("canary-case", PolicyEditionId.of("not-loaded-2026")).get(0);
        assertCleanError(assertThrows(EditionException.class, () -> hostileAdvisor.advise(elsewhere)));

        ScreeningAdvice admitted = RuleTesting.shipped().screen(ImmutableScreening.builder().at(RECEIVED)
                .eventId("conf-2026").build());
        assertClean(admitted);
    }

    private static void assertClean(Object shown) {
        String text = String.valueOf(shown);
        List<String> leaked = CANARIES.stream().filter(text::contains).toList();
        assertTrue(leaked.isEmpty(), () -> "case content " + leaked + " leaked into: " + text);
    }

    private static void assertClean(Advice advice) {
        assertClean((Object) advice);
        for (Suggestion s : advice.suggestions()) {
            assertClean(s);
            assertClean(s.reason());
            assertClean(s.action().summary());
            s.flags().forEach(f -> assertClean(f.note()));
        }
        for (RuleDefect d : advice.defects()) {
            assertClean(d);
            assertClean(d.reason());
        }
        for (WaitingForConsent w : advice.waitingForConsent()) {
            assertClean(w);
            assertClean(w.reason());
            assertClean(w.action().summary());
        }
        for (RuleFault f : advice.faults()) {
            assertClean(f);
            assertClean(f.describe());
        }
    }

    private static void assertCleanError(Throwable error) {
        assertFalse(error.getClass().getName().startsWith("org.kie") || error.getClass().getName()
                .startsWith("org.drools"), "an engine exception reached the caller: " + error.getClass());
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertClean(t.getMessage());
            assertClean(t.toString());
        }
    }
}
