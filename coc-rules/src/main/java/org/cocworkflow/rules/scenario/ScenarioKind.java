package org.cocworkflow.rules.scenario;

/** What a scenario asks of the rules. */
public enum ScenarioKind {
    /** Advice on one case ({@code Advisor.advise}). */
    ADVISE,
    /** A recommendation for a screened registration ({@code Advisor.screen}). */
    SCREEN,
    /** A review of the organization's preparations ({@code Advisor.prepare}). */
    PREPARE,
    /** A look back at past cases ({@code Advisor.evaluate}). */
    EVALUATE
}
