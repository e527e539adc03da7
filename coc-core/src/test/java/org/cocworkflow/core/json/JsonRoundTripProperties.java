package org.cocworkflow.core.json;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.testing.CocGenerators;
import org.junit.jupiter.api.Test;

class JsonRoundTripProperties {
    private final CocGenerators generators = CocGenerators.standard();
    private final CocJson json = CocJson.standard();

    @Test
    void i9_everyReportSurvivesTheJsonRoundTrip() {
        qt().forAll(generators.reports()).checkAssert(report ->
                assertEquals(report, json.readReport(json.writeReport(report))));
    }

    @Test
    void i9_everyCaseFileSurvivesTheJsonRoundTrip() {
        qt().forAll(generators.caseFiles()).checkAssert(file ->
                assertEquals(file, json.readCaseFile(json.writeCaseFile(file))));
    }

    @Test
    void i9_everyActionSurvivesTheJsonRoundTrip() {
        qt().forAll(generators.caseFiles(5, 40)).checkAssert(file -> {
            for (CaseEvent event : file.events()) {
                if (event instanceof ActionRecorded recorded) {
                    Action action = recorded.action();
                    assertEquals(action, json.readAction(json.writeAction(action)));
                }
            }
        });
    }

    @Test
    void writingIsDeterministic() {
        qt().forAll(generators.caseFiles()).checkAssert(file ->
                assertEquals(json.writeCaseFile(file), json.writeCaseFile(json.readCaseFile(json.writeCaseFile(file)))));
    }
}
