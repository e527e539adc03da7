package org.cocworkflow.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentIntakeTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private final CocJson json = CocJson.standard();

    private ObjectNode validReport() throws Exception {
        return (ObjectNode) TREES.readTree(json.writeReport(Samples.privateHarassment()));
    }

    private ObjectNode validCaseFile() throws Exception {
        CaseFile file = Samples.caseFile(Samples.privateHarassment())
                .append(Action.NotifyAccused.of(Samples.ACCUSED), Samples.RECEIVER, Samples.RECEIVED.plusSeconds(900));
        return (ObjectNode) TREES.readTree(json.writeCaseFile(file));
    }

    private List<DocumentProblem> reportProblems(String document) {
        return assertThrows(InvalidDocumentException.class, () -> json.readReport(document)).problems();
    }

    private List<DocumentProblem> reportProblems(Consumer<ObjectNode> change) throws Exception {
        ObjectNode report = validReport();
        change.accept(report);
        return reportProblems(TREES.writeValueAsString(report));
    }

    private List<DocumentProblem> caseFileProblems(Consumer<ObjectNode> change) throws Exception {
        ObjectNode file = validCaseFile();
        change.accept(file);
        String document = TREES.writeValueAsString(file);
        return assertThrows(InvalidDocumentException.class, () -> json.readCaseFile(document)).problems();
    }

    private static void assertProblem(List<DocumentProblem> problems, String path, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.problem().contains(text)),
                () -> "expected a problem at " + path + " containing '" + text + "' in " + problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"receivedAt", "channel", "description", "space"})
    void eachMissingRequiredPartOfAReportIsNamedByItsPath(String field) throws Exception {
        List<DocumentProblem> problems = reportProblems(report -> report.remove(field));
        assertEquals(List.of(new DocumentProblem("$." + field, "required field is missing")), problems);
    }

    @Test
    void missingPartsOfNestedValuesAreNamedByTheirPaths() throws Exception {
        List<DocumentProblem> problems = reportProblems(report -> {
            ((ObjectNode) report.get("parties").get(1)).remove("id");
            ((ObjectNode) report.get("space")).remove("kind");
        });
        assertProblem(problems, "$.parties[1].id", "required field is missing");
        assertProblem(problems, "$.space.kind", "required field is missing");
        assertEquals(2, problems.size());
    }

    @Test
    void everyProblemOfADocumentIsListedAtOnce() throws Exception {
        List<DocumentProblem> problems = reportProblems(report -> {
            report.remove("description");
            report.put("channel", 5);
            report.put("receivedAt", "yesterday evening");
            ((ObjectNode) report.get("parties").get(0)).put("mandatoryReporter", "yes");
            ((ObjectNode) report.get("parties").get(0)).put("roles", "REPORTER");
        });
        assertProblem(problems, "$.description", "required field is missing");
        assertProblem(problems, "$.channel", "expected one of: WEB_FORM");
        assertProblem(problems, "$.receivedAt", "ISO-8601 instant");
        assertProblem(problems, "$.parties[0].mandatoryReporter", "expected true or false");
        assertProblem(problems, "$.parties[0].roles", "expected an array");
        assertEquals(5, problems.size());
    }

    @Test
    void theFormatFieldIsRequiredAndChecked() throws Exception {
        assertProblem(reportProblems(report -> report.remove("format")), "$.format", "required field is missing");
        assertProblem(reportProblems(report -> report.put("format", "coc-report/2")), "$.format",
                "unsupported format");
        assertProblem(reportProblems(report -> report.put("format", CocJson.CASE_FILE_FORMAT)), "$.format",
                "unsupported format");
    }

    @Test
    void unknownFieldsAreRefusedWithoutRepeatingTheirNames() throws Exception {
        List<DocumentProblem> problems = reportProblems(report -> {
            report.put("descripton", "typo");
            ((ObjectNode) report.get("parties").get(0)).put("Dana Reyes lives at 12 Elm Street", true);
        });
        assertProblem(problems, "$", "did you mean 'description'?");
        assertProblem(problems, "$.parties[0]", "is not part of the format (its name is not shown)");
        assertTrue(problems.stream().noneMatch(p -> p.toString().contains("descripton")
                || p.toString().contains("Elm")));
    }

    @Test
    void nullIsAcceptedForOptionalValuesOnly() throws Exception {
        ObjectNode report = validReport();
        report.putNull("incidentAt");
        assertEquals(Optional.empty(), json.readReport(TREES.writeValueAsString(report)).incidentAt());
        assertProblem(reportProblems(r -> r.putNull("description")), "$.description", "must not be null");
        assertProblem(reportProblems(r -> r.putNull("parties")), "$.parties", "must not be null");
        assertProblem(reportProblems(r -> ((ArrayNode) r.get("parties")).addNull()), "$.parties[2]",
                "must not be null");
    }

    @Test
    void structuralRulesOfTheDomainAreReportedAtTheirPath() throws Exception {
        assertProblem(reportProblems(report -> ((ArrayNode) report.get("parties")).remove(1)), "$",
                "at least one accused party");
        assertProblem(reportProblems(report -> ((ObjectNode) report.get("parties").get(1)).put("id", "reporter")),
                "$", "party ids must be unique");
        assertProblem(reportProblems(report -> ((ObjectNode) report.get("parties").get(1)).put("id", "x@y")),
                "$.parties[1].id", "a party id must be");
        assertProblem(reportProblems(report -> report.put("description", "   ")), "$", "must not be blank");
    }

    @Test
    void aReportNamesTheCaseItRetaliatesForAndASelfReviewIsRefusedAtIntake() throws Exception {
        ObjectNode report = validReport();
        report.putArray("circumstances").add("RETALIATION");
        report.put("retaliationFor", "case-7");
        assertEquals("case-7", json.readReport(TREES.writeValueAsString(report)).retaliationFor().orElseThrow()
                .value());
        assertProblem(reportProblems(r -> r.put("retaliationFor", "case 7")), "$.retaliationFor", "a case id");
        assertProblem(reportProblems(r -> r.put("retaliationFor", "case-7")), "$", "circumstance RETALIATION");
        assertProblem(reportProblems(r -> ((ArrayNode) r.get("parties").get(0).get("roles")).add("ACCUSED")), "$",
                "cannot also be its accused");
    }

    @Test
    void anUnknownActionTypeInACaseFileIsRefused() throws Exception {
        List<DocumentProblem> problems = caseFileProblems(file ->
                ((ObjectNode) file.get("events").get(1).get("action")).put("type", "invite_withdrawal_now"));
        // With more action types than a problem lists, it names how many are documented (#15 added two).
        assertProblem(problems, "$.events[1].action.type", "unknown type; expected one of: one of the "
                + org.cocworkflow.core.action.Action.class.getPermittedSubclasses().length + " documented values");
        assertEquals(1, problems.size());
    }

    @Test
    void anUnknownEventTypeAndAMissingTypeAreRefused() throws Exception {
        assertProblem(caseFileProblems(file -> ((ObjectNode) file.get("events").get(1)).put("type", "mystery")),
                "$.events[1].type", "unknown type");
        assertProblem(caseFileProblems(file -> ((ObjectNode) file.get("events").get(1)).remove("type")),
                "$.events[1].type", "required field is missing");
    }

    @Test
    void anImpossibleCaseFileIsRefusedAtTheEventThatMakesItImpossible() throws Exception {
        List<DocumentProblem> problems = caseFileProblems(file -> {
            ObjectNode action = (ObjectNode) file.get("events").get(1).get("action");
            action.removeAll();
            action.put("type", "record_appeal");
            action.put("accused", "accused-1");
        });
        assertProblem(problems, "$.events[1]", "no decision to appeal");
    }

    @Test
    void aCaseFileThatDoesNotStartWithItsOpeningIsRefused() throws Exception {
        assertProblem(caseFileProblems(file -> ((ArrayNode) file.get("events")).remove(0)), "$.events[0]",
                "starts with its case_opened event");
        assertProblem(caseFileProblems(file -> ((ArrayNode) file.get("events")).removeAll()), "$.events",
                "at least its opening event");
    }

    @Test
    void aCaseFileWithEventsOutOfSequenceIsRefused() throws Exception {
        assertProblem(caseFileProblems(file -> ((ObjectNode) file.get("events").get(1)).put("sequence", 7)),
                "$.events[1]", "numbered 0, 1, 2");
    }

    @Test
    void aCaseFileHoldingAnActionTheGuardsRefuseIsRefusedByItsPositionAndCanOnlyBeImported() throws Exception {
        ObjectNode file = validCaseFile();
        ObjectNode coercive = (ObjectNode) TREES.readTree(json.writeAction(
                Action.SendMessage.of(Samples.REPORTER, org.cocworkflow.core.action.MessageIntent.INVITE_WITHDRAWAL)))
                .get("action");
        ((ObjectNode) file.get("events").get(1)).set("action", coercive);
        String document = TREES.writeValueAsString(file);

        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> json.readCaseFile(document));
        assertProblem(e.problems(), "$.events[1]", "refused by the NO_COERCION guard at its moment");
        assertTrue(!e.getMessage().contains("Dana") && !e.getMessage().contains("dana@"), e::getMessage);

        CaseFile imported = json.importCaseFile(document, Samples.RECEIVER, Samples.RECEIVED.plusSeconds(7_200),
                Optional.of("an export of the old tracker"));
        assertEquals(java.util.OptionalLong.of(1), imported.state().unverifiedThrough());
        assertEquals(imported, json.readCaseFile(json.writeCaseFile(imported)), "the mark travels with the file");
    }

    @Test
    void aCaseFileWithMoreEventsThanTheLimitIsRefusedBeforeItsEventsAreRead() throws Exception {
        CocJson small = CocJson.withLimits(JsonLimits.builder().maxEvents(1).build());
        String document = TREES.writeValueAsString(validCaseFile());
        List<DocumentProblem> problems = assertThrows(InvalidDocumentException.class,
                () -> small.readCaseFile(document)).problems();
        assertEquals(List.of(new DocumentProblem("$.events", "a case file has 2 events, over the limit of 1")),
                problems);
        assertThrows(org.cocworkflow.core.InvalidValueException.class,
                () -> JsonLimits.builder().maxEvents(CaseFile.MAX_EVENTS + 1).build());
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
        CocJson small = CocJson.withLimits(JsonLimits.builder().maxDocumentChars(100).build());
        String document = json.writeReport(Samples.privateHarassment());
        List<DocumentProblem> problems = assertThrows(InvalidDocumentException.class,
                () -> small.readReport(document)).problems();
        assertEquals(List.of(new DocumentProblem("$", "the document has " + document.length()
                + " characters, over the limit of 100")), problems);
    }

    @Test
    void aDocumentNestedDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "[".repeat(40) + "]".repeat(40);
        String document = json.writeReport(Samples.privateHarassment()).replace("\"evidence\" : [ ]",
                "\"evidence\" : " + deep);
        List<DocumentProblem> problems = reportProblems(document);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).path().startsWith("$ (line "), problems::toString);
        assertEquals("the document is nested deeper than the limit of 32 levels", problems.get(0).problem());
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() throws Exception {
        CocJson tight = CocJson.withLimits(JsonLimits.builder().maxStringLength(1_000).build());
        ObjectNode report = validReport();
        report.put("description", "a".repeat(1_001));
        String document = TREES.writeValueAsString(report);
        List<DocumentProblem> problems = assertThrows(InvalidDocumentException.class,
                () -> tight.readReport(document)).problems();
        assertEquals("a string is longer than the limit of 1000 characters", problems.get(0).problem());
    }

    @Test
    void aFieldNameLongerThanTheLimitIsRefused() throws Exception {
        ObjectNode report = validReport();
        report.put("x".repeat(200), 1);
        List<DocumentProblem> problems = reportProblems(TREES.writeValueAsString(report));
        assertEquals("a field name is longer than the limit of 128 characters", problems.get(0).problem());
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertProblem(reportProblems("{\"format\": \"coc-report/1\", \"description\": "), "$ (line 1, column 43)",
                "not well-formed JSON");
        assertProblem(reportProblems("{\"format\": \"coc-report/1\"} {}"), "$ (line 1, column 28)",
                "goes on after its end");
        assertProblem(reportProblems("{\"format\": \"coc-report/1\", \"format\": \"coc-report/1\"}"),
                "$ (line 1, column 36)", "an object repeats a field");
        assertProblem(reportProblems(""), "$", "the document is empty");
        assertProblem(reportProblems("[1, 2]"), "$", "expected an object with a \"format\" field");
        assertProblem(reportProblems("not json at all"), "$ (line 1, column 1)", "not well-formed JSON");
    }

    @Test
    void anActionDocumentIsReadOnlyWithItsFormatAndAction() {
        String document = json.writeAction(Action.NotifyAccused.of(Samples.ACCUSED));
        assertEquals(Action.NotifyAccused.of(Samples.ACCUSED), json.readAction(document));
        List<DocumentProblem> problems = assertThrows(InvalidDocumentException.class,
                () -> json.readAction("{\"format\": \"coc-action/1\", \"actoin\": {}}")).problems();
        assertProblem(problems, "$.action", "required field is missing");
        assertProblem(problems, "$", "did you mean 'action'?");
    }

    @Test
    void numbersAreNotReadAsTextAndTextIsNotReadAsNumbers() throws Exception {
        assertProblem(reportProblems(report -> report.put("description", 42)), "$.description",
                "expected a string, found a number");
        assertProblem(caseFileProblems(file -> ((ObjectNode) file.get("events").get(1)).put("sequence", "1")),
                "$.events[1].sequence", "expected a whole number");
        JsonNode unchanged = validReport();
        assertTrue(unchanged.isObject());
    }
}
