package org.cocworkflow.rules.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.testing.Procedures;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.RuleTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands: what they print, for people and with --json, and their exit status. */
class RulesToolTest {
    private static final String RULE = RuleTesting.checkInRule("The reporter is checked on",
            "our handbook, section 2", "We check in with every reporter.");
    private static final String REPORT = """
            {
              "format": "coc-report/1",
              "receivedAt": "2026-06-12T22:10:00Z", "channel": "EMAIL", "description": "A remark about my accent.",
              "space": { "kind": "EVENT_VENUE" },
              "parties": [
                { "id": "reporter", "roles": [ "REPORTER", "TARGET" ], "displayName": "Dana Reyes" },
                { "id": "accused-1", "roles": [ "ACCUSED" ] }
              ]
            }
            """;
    private static final String THROWING_RULE = """

            rule "Quotes the description"
                @cite("our handbook, section 9")
                @why("A rule with a bug.")
            when
                $report : org.cocworkflow.core.report.Report()
            then
                throw new IllegalStateException("cannot read " + $report.description());
            end
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-13T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutACommandItShowsHowToUseItAndExitsWithTwo() {
        assertEquals(RulesTool.USAGE, run());
        assertTrue(err().contains("usage: coc-rules"), err());
        assertEquals(RulesTool.USAGE, run("advise", "a.json", "--phase", "LUNCH"));
        assertTrue(err().contains("--phase takes one of"), err());
        assertEquals(RulesTool.USAGE, run("frobnicate"));
    }

    @Test
    void checkListsEachProblemWithItsFileAndLine() throws IOException {
        edition(RULE.replace("then", "thne"));
        assertEquals(RulesTool.FAILED, run("check", dir.toString()));
        assertTrue(out().contains("local.drl:"), out());

        edition(RULE);
        assertEquals(RulesTool.OK, run("check", dir.toString()));
        assertTrue(out().contains("no problems"), out());
    }

    @Test
    void checkWithJsonGivesTheProblemsToTools() throws IOException {
        edition(RULE.replace("@cite(\"our handbook, section 2\")", ""));
        assertEquals(RulesTool.FAILED, run("check", dir.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertFalse(json.get("ok").asBoolean());
        assertEquals("local.drl", json.get("problems").get(0).get("file").asText());
        assertEquals(12, json.get("problems").get(0).get("line").asInt());
    }

    @Test
    void testRunsTheEditionsScenariosAndReportsCoverage() throws IOException {
        edition(RULE);
        scenarios("CHECK_IN");
        assertEquals(RulesTool.OK, run("test", dir.toString()));
        assertTrue(out().contains("1 scenarios against edition meetup-2027: 1 passed, 0 failed"), out());
        assertTrue(out().contains("rule coverage: 1 of 1 rules"), out());

        scenarios("ACKNOWLEDGE_REPORT");
        assertEquals(RulesTool.FAILED, run("test", dir.toString()));
        assertTrue(out().contains("FAIL scenarios.json: the reporter is checked on"), out());
    }

    @Test
    void testCanRequireThatEveryRuleHasAScenario() throws IOException {
        edition(RULE + """

                rule "A closed case is checked once more"
                    @cite("our handbook, section 3")
                    @why("We look at closed cases again.")
                when
                    CaseState( closed == true )
                then
                    suggest.note(drools);
                end
                """);
        scenarios("CHECK_IN");
        assertEquals(RulesTool.OK, run("test", dir.toString()));
        assertTrue(out().contains("no scenario fires: A closed case is checked once more"), out());
        assertEquals(RulesTool.FAILED, run("test", dir.toString(), "--require-coverage", "--json"));
        JsonNode json = new ObjectMapper().readTree(out().substring(out().lastIndexOf("{\n  \"edition\"")));
        assertTrue(json.get("passed").asBoolean(), "the scenarios pass; the coverage fails");
        assertEquals("A closed case is checked once more", json.get("uncoveredRules").get(0).asText());
    }

    @Test
    void adviseOpensAReportUnderTheEditionInForceAndPrintsTheAdvice() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, REPORT);
        assertEquals(RulesTool.OK, run("advise", report.toString(), "--phase", "DURING_EVENT"));
        assertTrue(out().contains("under edition standard-2026, at 2026-06-13T09:00:00Z (DURING_EVENT)"), out());
        assertTrue(out().contains("rule: The report is acknowledged [seed 003, Receiving a Complaint]"), out());

        assertEquals(RulesTool.OK, run("advise", report.toString(), "--now", "2026-06-12T22:30:00Z", "--json"));
        JsonNode json = new ObjectMapper().readTree(out().substring(out().lastIndexOf("{\n  \"caseId\"")));
        assertEquals("NO_EVENT", json.get("phase").asText());
        assertTrue(json.get("suggestions").size() > 3);
        assertTrue(json.get("suggestions").findValuesAsText("type").contains("set_deadline"), json::toString);
    }

    @Test
    void adviseListsTheOptionsForTheResponseMeetingApartFromTheSuggestions() throws IOException {
        // A talk seen by many, the speaker told and heard: the meeting can decide, so the rules offer options.
        CaseFile file = CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(Samples.harassingTalk()))
                .withEdition(PolicyEditionId.of("standard-2026")));
        file = file.append(Action.AssignHandler.of(Samples.RECEIVER), Samples.RECEIVER,
                file.state().lastEventAt().plusSeconds(60));
        file = file.append(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED), Samples.RECEIVER,
                file.state().lastEventAt().plusSeconds(60));
        file = Procedures.heard(file, Samples.ACCUSED);
        Path caseFile = dir.resolve("case.json");
        Files.writeString(caseFile, CocJson.standard().writeCaseFile(file));

        assertEquals(RulesTool.OK, run("advise", caseFile.toString(), "--now", "2026-05-15T09:00:00Z"));
        String text = out().substring(out().indexOf("options for the response meeting"));
        assertTrue(text.contains("- NO_VIOLATION\n    why:  "), text);
        assertTrue(text.contains("rule: The meeting may find no violation [seed 003, Meeting"), text);

        assertEquals(RulesTool.OK, run("advise", caseFile.toString(), "--now", "2026-05-15T09:00:00Z", "--json"));
        JsonNode json = new ObjectMapper().readTree(out().substring(out().lastIndexOf("{\n  \"caseId\"")));
        assertTrue(json.get("options").findValuesAsText("finding").contains("NO_VIOLATION"), json::toString);
        assertFalse(json.get("suggestions").findValuesAsText("type").contains("record_decision"), json::toString);
    }

    @Test
    void adviseListsTheActionsWaitingForConsentAndTheQuestionsThatServeThem_15() throws IOException {
        edition("""
                package org.cocworkflow.rules.local;

                import java.util.Set;
                import org.cocworkflow.core.action.Action;
                import org.cocworkflow.core.action.Authority;
                import org.cocworkflow.core.consent.DisclosureItem;
                import org.cocworkflow.rules.Priority;

                global org.cocworkflow.rules.facts.Suggestions suggest;

                rule "Security hears the details"
                    @cite("our handbook, section 4")
                    @why("Security keeps an eye on the people involved.")
                when
                    org.cocworkflow.core.casefile.CaseState( closed == false )
                then
                    suggest.add(drools, Action.InvolveAuthority.of(Authority.VENUE_SECURITY,
                            Set.of(DisclosureItem.INCIDENT_DETAILS)), Priority.HIGH);
                end
                """);
        Files.writeString(dir.resolve("edition.json"), Files.readString(dir.resolve("edition.json"))
                .replace("2026-01-01", "2026-02-01"));
        Path report = dir.resolve("report.json");
        Files.writeString(report, REPORT);
        assertEquals(RulesTool.OK, run("advise", report.toString(), "--edition", dir.toString()));
        String text = out().substring(out().indexOf("waiting for consent"));
        assertTrue(text.contains("- HIGH  involve VENUE_SECURITY"), text);
        assertTrue(text.contains("needs: the consent of reporter for VENUE_SECURITY"), text);
        assertTrue(text.contains("rule:  Security hears the details [our handbook, section 4]"), text);
        assertTrue(out().contains("for:  the waiting action of \"Security hears the details\""), out());
        assertFalse(out().contains("rule defects"), "consent alone is no defect: " + out());

        assertEquals(RulesTool.OK, run("advise", report.toString(), "--edition", dir.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out().substring(out().lastIndexOf("{\n  \"caseId\"")));
        JsonNode waiting = json.get("waitingForConsent").get(0);
        assertEquals(List.of("involve_authority", "VENUE_SECURITY", "reporter", "Security hears the details"),
                List.of(waiting.get("action").get("type").asText(), waiting.get("recipient").asText(),
                        waiting.get("holders").get(0).asText(), waiting.get("rule").asText()));
        assertEquals(0, waiting.get("asked").size());
        JsonNode question = json.get("suggestions").get(0);
        assertEquals(List.of("ASK_CONSENT_TO_SHARE", "VENUE_SECURITY", "Security hears the details"),
                List.of(question.get("action").get("intent").asText(), question.get("action").get("about").asText(),
                        question.get("waitingRules").get(0).asText()));
        assertEquals(0, json.get("defects").size());
    }

    @Test
    void aRuleThatThrowsMakesTheAdviceIncompleteAndTheCommandFailWithoutQuotingTheException() throws IOException {
        edition(RULE + THROWING_RULE);
        // In force after the shipped edition, so that the report is opened under this one.
        Files.writeString(dir.resolve("edition.json"), Files.readString(dir.resolve("edition.json"))
                .replace("2026-01-01", "2026-02-01"));
        Path report = dir.resolve("report.json");
        Files.writeString(report, REPORT);
        assertEquals(RulesTool.FAILED, run("advise", report.toString(), "--edition", dir.toString()));
        assertTrue(out().contains("THE ADVICE IS INCOMPLETE"), out());
        assertTrue(out().contains("rule \"Quotes the description\" threw java.lang.IllegalStateException"), out());
        assertTrue(out().contains("rule: The reporter is checked on"), "the other rule still advises: " + out());
        assertFalse(out().contains("accent"), "the exception's message quotes the report and is left out");

        assertEquals(RulesTool.FAILED, run("advise", report.toString(), "--edition", dir.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out().substring(out().lastIndexOf("{\n  \"caseId\"")));
        assertFalse(json.get("complete").asBoolean());
        assertEquals("consequence_failed", json.get("faults").get(0).get("kind").asText());
        assertEquals("Quotes the description", json.get("faults").get(0).get("rules").get(0).asText());
    }

    @Test
    void aScenarioWhoseRulesThrowFailsWithTheFault() throws IOException {
        edition(RULE + THROWING_RULE);
        scenarios("CHECK_IN");
        assertEquals(RulesTool.FAILED, run("test", dir.toString()));
        assertTrue(out().contains("the rules did not finish: rule \"Quotes the description\" threw "
                + "java.lang.IllegalStateException in its consequence"), out());
        assertFalse(out().contains("accent"), out());
    }

    @Test
    void anUnreadableInputIsAFailureThatSaysWhere() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, REPORT.replace("EMAIL", "PIGEON"));
        assertEquals(RulesTool.FAILED, run("advise", report.toString()));
        assertTrue(out().contains("$.channel"), out());
        assertFalse(out().contains("PIGEON"), "the input's values are not quoted back");
    }

    private void edition(String drl) throws IOException {
        Files.writeString(dir.resolve("edition.json"), """
                {"format": "coc-edition/1", "id": "meetup-2027", "effectiveFrom": "2026-01-01T00:00:00Z",
                 "base": "none"}""");
        Files.writeString(dir.resolve("local.drl"), drl);
    }

    private void scenarios(String intent) throws IOException {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/scenarios.json"), """
                {"format": "coc-scenario/1", "scenarios": [ {
                  "name": "the reporter is checked on", "now": "2026-06-12T22:20:00Z",
                  "case": { "report": %s },
                  "expect": { "present": [ { "action": { "type": "send_message", "intent": "%s" } } ] } } ] }
                """.formatted(REPORT.replace("\"format\": \"coc-report/1\",", ""), intent));
    }

    private int run(String... args) {
        return RulesTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
