package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.cocworkflow.rules.scenario.Scenario;
import org.cocworkflow.rules.scenario.ScenarioReport;
import org.cocworkflow.rules.scenario.ScenarioRunner;
import org.cocworkflow.rules.scenario.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenarios shipped with the standard edition pass, on the build-time model and on the DRL compiled at run
 * time alike, and together they fire every rule of the edition.
 */
class ShippedScenariosTest {
    @ParameterizedTest(name = "precompiled = {0}")
    @ValueSource(booleans = {true, false})
    void everyShippedScenarioPassesAndEveryRuleIsCovered(boolean precompiled) {
        Edition edition = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(precompiled);
        List<Scenario> scenarios = Scenarios.shipped();
        ScenarioReport report;
        try (ScenarioRunner runner = ScenarioRunner.of(edition)) {
            report = runner.run(scenarios);
        }
        String failures = report.results().stream().filter(r -> !r.passed())
                .map(r -> r.file() + ": " + r.name() + "\n    " + String.join("\n    ", r.failures()))
                .collect(Collectors.joining("\n"));
        assertTrue(report.passed(), report.failedCount() + " scenarios failed:\n" + failures);
        assertEquals(List.of(), report.uncoveredRules(), "rules no shipped scenario fires");
        assertEquals(scenarios.size(), report.results().size());
    }
}
