package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.scenario.Scenario;
import org.cocworkflow.rules.scenario.ScenarioReport;
import org.cocworkflow.rules.scenario.ScenarioRunner;
import org.cocworkflow.rules.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "wherever an action needs someone's consent, the advice asks for it instead of leaving a refused action",
 * on a test edition whose rule gives venue security the details of every in-person case: its scenario file shows
 * the question and the waiting action where consent alone is missing, the action itself once consent is in force, no
 * second question while an answer is pending (nor beside a rule's own, which it is merged with), nothing after a no,
 * and a rule defect where the refusal is for more than consent (everyone assessed safe, nobody asked for security)
 * or nobody could consent.
 */
class ConsentWaitScenariosTest {
    private static final Path EDITION = Path.of("src/test/resources/org/cocworkflow/rules/consent");

    @Test
    void theTestEditionsConsentScenariosPass_15() {
        List<Scenario> scenarios = Scenarios.forEdition(EDITION);
        ScenarioReport report;
        try (ScenarioRunner runner = ScenarioRunner.of(Editions.fromDirectory(EDITION))) {
            report = runner.run(scenarios);
        }
        String failures = report.results().stream().filter(r -> !r.passed())
                .map(r -> r.file() + ": " + r.name() + "\n    " + String.join("\n    ", r.failures()))
                .collect(Collectors.joining("\n"));
        assertTrue(report.passed(), report.failedCount() + " scenarios failed:\n" + failures);
        assertEquals(10, report.results().size(), "the edition's own scenarios, and no shipped ones");
        assertEquals(List.of(), report.uncoveredRules());
    }
}
