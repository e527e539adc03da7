package org.cocworkflow.core;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.Normalization;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.cocworkflow.core.testing.CocGenerators.Step;
import org.cocworkflow.core.testing.Theories;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.junit.jupiter.api.Test;

/**
 * Case content never leaks: a canary placed in every free-text and identity field of generated cases never
 * appears in {@code toString()} of any value or in any exception message.
 */
class RedactionCanaryTest {
    private static final String CANARY = "Canary7f3aZebra";
    private static final ObjectMapper TREES = new ObjectMapper();

    private final CocGenerators generators = CocGenerators.withContent(CANARY);
    private final CocJson json = CocJson.standard();

    private static void assertClean(Object shown) {
        assertFalse(String.valueOf(shown).contains(CANARY), () -> "case content leaked into: " + shown);
    }

    private static void assertCleanError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertClean(t.getMessage());
            assertClean(t.toString());
        }
        if (error instanceof InvalidDocumentException invalid) {
            invalid.problems().forEach(RedactionCanaryTest::assertClean);
        }
    }

    @Test
    void theGeneratorsReallyPlantTheCanaryInEveryContentField() {
        Report report = Theories.sample(generators.reports());
        assertTrue(json.writeReport(report).contains(CANARY));
        assertTrue(report.description().contains(CANARY));
        assertTrue(report.parties().stream().flatMap(p -> p.displayName().stream()).allMatch(n -> n.contains(CANARY)));
    }

    @Test
    void reportsAndTheirPartiesNeverShowContentInToString() {
        qt().forAll(generators.reports()).checkAssert(report -> {
            assertClean(report);
            report.parties().forEach(RedactionCanaryTest::assertClean);
            report.evidence().forEach(RedactionCanaryTest::assertClean);
            assertClean(report.space());
            report.parties().forEach(p -> p.identifiers().forEach(RedactionCanaryTest::assertClean));
        });
    }

    @Test
    void caseFilesTheirEventsActionsAndStateNeverShowContentInToString() {
        qt().forAll(generators.caseFiles()).checkAssert(file -> {
            assertClean(file);
            assertClean(file.state());
            for (CaseEvent event : file.events()) {
                assertClean(event);
                assertClean(event.summary());
                if (event instanceof ActionRecorded recorded) {
                    assertClean(recorded.action());
                }
            }
        });
    }

    @Test
    void roleViewsAndTheGuardsVerdictsNeverShowContent() {
        qt().forAll(generators.proposals(Risk.values())).checkAssert(proposal -> {
            CaseFile file = proposal.file();
            assertTrue(CaseView.of(file, ViewerRole.HANDLER).description().orElseThrow().contains(CANARY),
                    "the handler's view holds the canary");
            for (ViewerRole role : ViewerRole.values()) {
                if (role == ViewerRole.ACCUSED) {
                    file.state().idsWith(CaseRole.ACCUSED).forEach(accused ->
                            assertClean(CaseView.of(file, role, accused)));
                } else {
                    assertClean(CaseView.of(file, role));
                }
            }
            file.state().idsWith(CaseRole.RESPONSE_TEAM_MEMBER).forEach(member ->
                    assertClean(CaseView.forTeamMember(file, member)));
            Verdict verdict = Guards.check(proposal.action(), proposal.by(), file, proposal.at());
            assertClean(verdict);
            if (verdict instanceof Verdict.Refused refused) {
                refused.refusals().forEach(r -> {
                    assertClean(r);
                    assertClean(r.reason());
                });
            } else {
                ((Verdict.Allowed) verdict).flags().forEach(f -> {
                    assertClean(f);
                    assertClean(f.note());
                });
            }
        });
    }

    @Test
    void refusedTransitionsNeverShowContent() {
        qt().forAll(generators.attempts()).checkAssert(attempts -> {
            CaseFile file = CaseFile.open(attempts.opened());
            for (Step step : attempts.steps()) {
                try {
                    file = file.append(step.action(), step.by(), step.at());
                } catch (CaseTransitionException | ActionRefusedException refused) {
                    assertCleanError(refused);
                }
            }
        });
    }

    @Test
    void documentErrorsNeverShowTheValuesTheyComplainAbout() throws Exception {
        List<Function<ObjectNode, ObjectNode>> poisons = List.of(
                r -> r.put("channel", CANARY),
                r -> r.put("receivedAt", CANARY),
                r -> r.put(CANARY, "x"),
                r -> r.put("Alice " + CANARY + " lives at Elm Street", true),
                r -> r.put("description", 7).put("effects", CANARY.length()),
                r -> ((ObjectNode) r.get("parties").get(0)).put("id", CANARY + " with spaces"),
                r -> ((ObjectNode) r.get("parties").get(0)).put("roles", CANARY),
                r -> ((ObjectNode) r.get("space")).put("kind", CANARY),
                r -> ((ObjectNode) r.get("space")).put("eventId", "@" + CANARY),
                r -> r.put("incidentAt", "2999-01-01T00:00:00Z").put("description", CANARY));
        for (Function<ObjectNode, ObjectNode> poison : poisons) {
            ObjectNode report = (ObjectNode) TREES.readTree(json.writeReport(Theories.sample(generators.reports())));
            String document = TREES.writeValueAsString(poison.apply(report));
            assertCleanError(assertThrows(InvalidDocumentException.class, () -> json.readReport(document)));
        }
        assertCleanError(assertThrows(InvalidDocumentException.class,
                () -> json.readReport("{\"format\": \"" + CANARY + "\"}")));
        assertCleanError(assertThrows(InvalidDocumentException.class,
                () -> json.readReport("{\"format\": \"coc-report/1\", \"description\": \"" + CANARY)));
        assertCleanError(assertThrows(InvalidDocumentException.class,
                () -> json.readReport("{\"" + CANARY + "\": 1, \"" + CANARY + "\": 2}")));
        assertCleanError(assertThrows(InvalidDocumentException.class,
                () -> json.readAction("{\"format\": \"coc-action/1\", \"action\": {\"type\": \"" + CANARY + "\"}}")));
    }

    @Test
    void valueChecksAndNormalizationNeverShowTheValuesTheyRefuse() {
        assertCleanError(assertThrows(InvalidValueException.class, () -> PartyId.of(CANARY + "@mail.example")));
        assertCleanError(assertThrows(InvalidValueException.class,
                () -> Party.builder().id(PartyId.of("p")).displayName(CANARY).build()));
        assertCleanError(assertThrows(IllegalArgumentException.class, () -> Normalization.email(CANARY)));
        assertCleanError(assertThrows(IllegalArgumentException.class, () -> Normalization.handle("@ " + "\u200b")));
        IdentityKeys keys = new IdentityKeys(OrganizationSecret.of(new byte[32]));
        assertCleanError(assertThrows(IllegalArgumentException.class,
                () -> keys.of(Identifier.email(CANARY + " at example"))));
        assertClean(OrganizationSecret.of(CANARY.repeat(3).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

}
