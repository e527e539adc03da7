/**
 * Scenario files: how a rule author checks an edition. A scenario builds a case from a report and the steps
 * taken so far, names the moment and its circumstances, and states which suggestions must and must not come out
 * ({@code coc-scenario/1}, described in {@code docs/rule-authoring.md}). {@link
 * org.cocworkflow.rules.scenario.Scenarios} reads them, {@link org.cocworkflow.rules.scenario.ScenarioRunner} runs
 * them against an edition on the very path that serves advice, and reports which rules no scenario fires.
 */
@CocStyle
package org.cocworkflow.rules.scenario;

import org.cocworkflow.core.CocStyle;
