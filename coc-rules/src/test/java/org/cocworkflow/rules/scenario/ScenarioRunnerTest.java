package org.cocworkflow.rules.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.rules.edition.Editions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario files are read strictly and run exactly: what a scenario expects and misses is reported in words, a
 * misspelt rule name fails instead of passing silently, and the coverage names the rules no scenario fired. The
 * runner is exercised on the test edition whose rules suggest forbidden things beside one harmless rule.
 */
class ScenarioRunnerTest {
    private static final String REPORT = """
            "report": {
              "receivedAt": "2026-06-12T22:10:00Z", "channel": "EMAIL", "description": "A remark about my accent.",
              "space": { "kind": "EVENT_VENUE" },
              "parties": [
                { "id": "reporter", "roles": [ "REPORTER", "TARGET" ], "displayName": "Dana Reyes" },
                { "id": "accused-1", "roles": [ "ACCUSED" ] }
              ]
            }""";
    private static ScenarioRunner runner;

    @BeforeAll
    static void compile() {
        runner = ScenarioRunner.of(Editions.fromDirectory(Path.of("src/test/resources/org/cocworkflow/rules/mischief")));
    }

    @AfterAll
    static void close() {
        runner.close();
    }

    @Test
    void aScenarioWhoseExpectationsHoldPassesAndCountsTowardsCoverage() {
        ScenarioReport report = run(scenario("acknowledged", """
                "expect": {
                  "present": [ { "rule": "Acknowledge the report", "priority": "HIGH",
                                 "action": { "type": "send_message", "to": "reporter", "intent": "ACKNOWLEDGE_REPORT" } } ],
                  "absent": [ { "action": { "type": "send_message", "intent": "INVITE_WITHDRAWAL" } } ],
                  "defects": 7
                }"""));
        assertTrue(report.passed(), report::toString);
        assertEquals(11, report.rules().size());
        assertFalse(report.uncoveredRules().contains("Acknowledge the report"));
        assertTrue(report.uncoveredRules().isEmpty(), "every rule of the test edition fires on any open case");
    }

    @Test
    void aMissedExpectationIsReportedWithWhatCameOut() {
        ScenarioResult result = single(scenario("expects too much", """
                "expect": {
                  "present": [ { "action": { "type": "send_message", "intent": "CHECK_IN" } } ],
                  "absent": [ { "rule": "Acknowledge the report" } ],
                  "fired": [ "Call the police whatever the victim wants" ],
                  "notFired": [ "Put the accused in the response meeting" ]
                }"""));
        assertFalse(result.passed());
        String failures = String.join("\n", result.failures());
        assertTrue(failures.contains("expected a suggestion matching") && failures.contains("ACKNOWLEDGE_REPORT"),
                failures);
        assertTrue(failures.contains("expected no suggestion matching") && failures.contains("\"Acknowledge the report\""),
                failures);
        assertTrue(failures.contains("expected rule \"Put the accused in the response meeting\" not to fire"),
                failures);
        assertTrue(failures.contains("expected 0 rule defects but got 7"), failures);
        assertFalse(failures.contains("expected rule \"Call the police whatever the victim wants\" to fire"),
                "the rule that was expected to fire did fire");
    }

    @Test
    void aWaitingPatternMatchesTheActionsThatWaitForConsentAndAMissedOneSaysWhatWaited_15() {
        ScenarioReport report = run(scenario("the police wait for the victim's consent", """
                "expect": {
                  "present": [
                    { "rule": "Call the police whatever the victim wants",
                      "waiting": { "action": { "type": "involve_authority", "authority": "POLICE" },
                                   "recipient": "LAW_ENFORCEMENT", "holders": [ "reporter" ], "asked": [] } },
                    { "rule": "Call the police whatever the victim wants",
                      "action": { "type": "send_message", "to": "reporter", "intent": "ASK_CONSENT_TO_SHARE",
                                  "about": "LAW_ENFORCEMENT" },
                      "waitingRules": [ "Call the police whatever the victim wants" ] } ],
                  "absent": [ { "waiting": { "recipient": "COMMUNITY" } } ],
                  "defects": 7
                }"""));
        assertTrue(report.passed(), report::toString);

        ScenarioResult result = single(scenario("expects the wrong waiting actions", """
                "expect": {
                  "present": [ { "waiting": { "recipient": "ACCUSED_EMPLOYER" } } ],
                  "absent": [ { "waiting": { "recipient": "LAW_ENFORCEMENT" } } ],
                  "defects": 7
                }"""));
        String failures = String.join("\n", result.failures());
        assertTrue(failures.contains("expected an action waiting for consent matching")
                && failures.contains("waits for LAW_ENFORCEMENT consent of [reporter]"), failures);
        assertTrue(failures.contains("expected no action waiting for consent matching")
                && failures.contains("\"Call the police whatever the victim wants\" proposed"), failures);
        assertEquals(2, result.failures().size(), failures);
    }

    @Test
    void aMisspeltRuleNameFailsTheScenarioInsteadOfPassingSilently() {
        ScenarioResult result = single(scenario("misspelt", """
                "expect": { "notFired": [ "Acknowledge the reprot" ], "defects": 7 }"""));
        assertEquals(List.of("the edition has no rule named \"Acknowledge the reprot\""), result.failures());
        ScenarioResult serving = single(scenario("misspelt in waitingRules", """
                "expect": { "absent": [ { "waitingRules": [ "Call the police whatever the victim want" ] } ],
                            "defects": 7 }"""));
        assertEquals(List.of("the edition has no rule named \"Call the police whatever the victim want\""),
                serving.failures());
    }

    @Test
    void aStepTheGuardsRefuseFailsTheScenarioWithTheGuardsReason() {
        ScenarioResult result = single(scenario("refused step", """
                "expect": { "defects": 7 }""").replace("\"report\": {", """
                "steps": [ { "type": "send_message", "to": "reporter", "intent": "INVITE_WITHDRAWAL" } ],
                "report": {"""));
        assertEquals(1, result.failures().size(), result.failures()::toString);
        assertTrue(result.failures().get(0).startsWith("$.scenarios[0].case.steps[0]: the step send_message is refused"),
                result.failures().get(0));
    }

    @Test
    void everyProblemOfAFileIsListedWithItsPath() {
        String text = """
                {
                  "format": "coc-scenario/1",
                  "scenarios": [
                    { "name": "one", "nwo": "2026-06-12T22:20:00Z", "case": { "report": "missing" }, "expect": {} },
                    { "name": "two", "now": "yesterday",
                      "case": { "report": { "receivedAt": "2026-06-12T22:10:00Z", "channel": "SMOKE_SIGNAL",
                                            "description": "x", "space": { "kind": "TALK" },
                                            "parties": [ { "id": "a", "roles": [ "ACCUSED" ] } ] },
                                "steps": [ "nowhere", { "type": "no_such_action" } ] },
                      "expect": { "present": [ {} ], "recommendation": "ADMIT" } }
                  ]
                }""";
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Scenarios.read("bad.json",
                text));
        List<String> paths = e.problems().stream().map(DocumentProblem::path).toList();
        assertTrue(paths.contains("$.scenarios[0].nwo"), paths::toString);
        assertTrue(paths.contains("$.scenarios[0].now"), paths::toString);
        assertTrue(paths.contains("$.scenarios[0].case.report"), paths::toString);
        assertTrue(paths.contains("$.scenarios[0].expect"), paths::toString);
        assertTrue(paths.contains("$.scenarios[1].now"), paths::toString);
        assertTrue(paths.contains("$.scenarios[1].case.report.channel"), paths::toString);
        assertTrue(paths.contains("$.scenarios[1].case.steps[0]"), paths::toString);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("$.scenarios[1].case.steps[1]")), paths::toString);
        assertTrue(paths.contains("$.scenarios[1].expect.present[0]"), paths::toString);
        assertTrue(paths.contains("$.scenarios[1].expect.recommendation"), paths::toString);
    }

    @Test
    void patternsMatchPartiallyAndArraysElementByElement() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode actual = mapper.readTree("""
                {"rule": "r", "action": {"type": "convene_meeting", "participants": ["a", "b"]}}""");
        assertTrue(ScenarioRunner.matches(mapper.readTree("{\"action\": {\"type\": \"convene_meeting\"}}"), actual));
        assertTrue(ScenarioRunner.matches(mapper.readTree("{\"action\": {\"participants\": [\"a\", \"b\"]}}"),
                actual));
        assertFalse(ScenarioRunner.matches(mapper.readTree("{\"action\": {\"participants\": [\"a\"]}}"), actual));
        assertFalse(ScenarioRunner.matches(mapper.readTree("{\"rule\": \"s\"}"), actual));
        assertFalse(ScenarioRunner.matches(mapper.readTree("{\"action\": {\"deadline\": \"x\"}}"), actual));
        assertTrue(ScenarioRunner.matches(mapper.readTree("{\"action\": {\"until\": null}}"), actual),
                "null asks for an absent field");
        assertFalse(ScenarioRunner.matches(mapper.readTree("{\"rule\": null}"), actual));
    }

    private static String scenario(String name, String expect) {
        return """
                {
                  "format": "coc-scenario/1",
                  "scenarios": [ {
                    "name": "%s",
                    "now": "2026-06-12T22:20:00Z",
                    "case": { %s },
                    %s
                  } ]
                }""".formatted(name, REPORT, expect);
    }

    private static ScenarioReport run(String text) {
        return runner.run(Scenarios.read("test.json", text));
    }

    private static ScenarioResult single(String text) {
        ScenarioReport report = run(text);
        assertEquals(1, report.results().size());
        return report.results().get(0);
    }
}
