package org.cocworkflow.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.AppealOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generators reach the rare cases the properties are about, often enough to matter. */
class GeneratorCoverageTest {
    private static final int DRAWS = 2_000;
    private static List<Report> reports;
    private static List<CaseFile> files;

    @BeforeAll
    static void draw() {
        CocGenerators generators = CocGenerators.standard();
        reports = Theories.sample(generators.reports(), DRAWS);
        files = Theories.sample(generators.caseFiles(), DRAWS);
    }

    private static <T> void assertShare(List<T> values, Predicate<T> which, double min, double max, String what) {
        double share = values.stream().filter(which).count() / (double) values.size();
        assertTrue(share >= min && share <= max,
                () -> what + ": " + Math.round(share * 1000) / 10.0 + "% is outside " + min * 100 + "-" + max * 100 + "%");
    }

    private static boolean anyAction(CaseFile file, Predicate<Action> which) {
        return file.events().stream().filter(ActionRecorded.class::isInstance)
                .map(e -> ((ActionRecorded) e).action()).anyMatch(which);
    }

    @Test
    void threatsToSafetyAreGenerated() {
        assertShare(reports, r -> r.circumstances().contains(Circumstance.GENERAL_THREAT_TO_SAFETY)
                || r.circumstances().contains(Circumstance.VIOLENCE_THREATENED)
                || r.circumstances().contains(Circumstance.VIOLENCE_COMMITTED), 0.10, 0.50, "threats");
        assertShare(reports, r -> r.circumstances().contains(Circumstance.GENERAL_THREAT_TO_SAFETY), 0.04, 0.25,
                "general threats");
    }

    @Test
    void accusedOrganizersAndTeamMembersAreGenerated() {
        assertShare(reports, r -> r.partiesWith(CaseRole.ACCUSED).stream()
                .anyMatch(p -> p.standings().stream().anyMatch(Standing::handlesReports)), 0.08, 0.50,
                "accused organizers, leaders or team members");
    }

    @Test
    void conflictedTeamMembersAreGenerated() {
        assertShare(files, f -> f.state().partiesWith(CaseRole.RESPONSE_TEAM_MEMBER).stream()
                .anyMatch(m -> m.relationships().stream().anyMatch(r -> f.state().party(r.with())
                        .map(p -> !p.has(CaseRole.RESPONSE_TEAM_MEMBER)).orElse(false))), 0.10, 0.80,
                "cases with a conflicted team member");
        assertShare(files, f -> f.state().incidentParties().stream()
                .anyMatch(p -> p.relationships().stream().anyMatch(r -> f.state().party(r.with())
                        .map(m -> m.has(CaseRole.RESPONSE_TEAM_MEMBER)).orElse(false))), 0.05, 0.80,
                "cases where someone in the incident declared a relationship with a team member");
    }

    @Test
    void revokedConsentIsGeneratedAfterAGrant() {
        assertShare(files, f -> anyAction(f, a -> a instanceof Action.RecordConsent)
                && anyAction(f, a -> a instanceof Action.RevokeConsent), 0.05, 0.80, "grants later revoked");
    }

    @Test
    void conditionalTravelGrantsAreGenerated() {
        assertShare(reports, r -> r.parties().stream().map(Party::travelGrant)
                .anyMatch(g -> g.map(t -> t.conditionalOnConduct()).orElse(false)), 0.03, 0.30,
                "accused with a grant conditional on conduct");
    }

    @Test
    void anonymousReportsAndReportsWithoutTargetsAreGenerated() {
        assertShare(reports, Report::isAnonymous, 0.10, 0.35, "anonymous reports");
        assertShare(reports, r -> r.partiesWith(CaseRole.TARGET).isEmpty(), 0.10, 0.60, "reports naming no target");
    }

    @Test
    void unidentifiedAccusedCorrectionsAndFinishedTalksAreGenerated_issue15() {
        assertShare(reports, r -> r.circumstances().contains(Circumstance.ACCUSED_NOT_IDENTIFIED), 0.02, 0.15,
                "reports whose accused could not be identified");
        assertShare(files, f -> f.state().decisions().stream().anyMatch(x -> x.sanctions().stream()
                .anyMatch(i -> i.sanction().isCorrection())), 0.02, 0.80, "decisions with a correction");
        assertShare(files, f -> f.state().interimMeasures().stream()
                .anyMatch(m -> m.measure() == org.cocworkflow.core.action.InterimMeasure.CORRECT_CONTENT), 0.01, 0.60,
                "corrections taken as interim measures");
    }

    @Test
    void workflowsReachDecisionsAppealsApologiesAndClosing() {
        assertShare(files, f -> !f.state().decisions().isEmpty(), 0.30, 0.95, "decided cases");
        assertShare(files, f -> f.state().appeals().stream().anyMatch(a -> a.outcome().isPresent()), 0.05, 0.80,
                "decided appeals");
        assertShare(files, f -> f.state().appeals().stream().anyMatch(a -> a.outcome()
                .filter(o -> o == AppealOutcome.MODIFIED).isPresent()), 0.01, 0.50, "modified decisions");
        assertShare(files, f -> !f.state().apologiesPressed().isEmpty(), 0.10, 0.90, "apologies pressed");
        assertShare(files, f -> f.state().isClosed(), 0.10, 0.90, "closed cases");
        assertShare(files, f -> f.version() >= 20, 0.30, 1.0, "cases of 20 events or more");
    }

    @Test
    void workflowsReopenCasesClosedAsNotIdentifiedAndTryToReopenOthers_issue15() {
        List<CocGenerators.Workflow> workflows = Theories.sample(CocGenerators.standard().workflows(20, 60), DRAWS);
        List<CaseFile> ends = workflows.stream().map(GeneratorCoverageTest::played).toList();
        assertShare(ends, f -> f.state().reopened(), 0.01, 0.30, "cases reopened after closing as not identified");
        assertShare(ends, f -> f.state().reopened() && f.state().hasIdentifiedAccused(), 0.005, 0.30,
                "reopened cases the identified person was added to");
        assertShare(workflows, GeneratorCoverageTest::triesToReopenAnotherClosing, 0.02, 0.60,
                "workflows that try to reopen a case closed for another reason");
    }

    /** Whether a workflow tries to reopen its case once it was closed for a reason other than not identified. */
    private static boolean triesToReopenAnotherClosing(CocGenerators.Workflow workflow) {
        CaseFile file = CaseFile.open(workflow.opened());
        for (CocGenerators.Step step : workflow.steps()) {
            if (step.action() instanceof Action.ReopenCase && file.state().resolution()
                    .filter(r -> r != org.cocworkflow.core.action.Resolution.NOT_IDENTIFIED).isPresent()) {
                return true;
            }
            try {
                file = org.cocworkflow.core.guard.Guards.apply(file, step.action(), step.by(), step.at()).file();
            } catch (org.cocworkflow.core.CocException refusedOrImpossible) {
                // left out
            }
        }
        return false;
    }

    /** The case a workflow leaves: its steps through the guards, the refused and impossible ones left out. */
    private static CaseFile played(CocGenerators.Workflow workflow) {
        CaseFile file = CaseFile.open(workflow.opened());
        for (CocGenerators.Step step : workflow.steps()) {
            try {
                file = org.cocworkflow.core.guard.Guards.apply(file, step.action(), step.by(), step.at()).file();
            } catch (org.cocworkflow.core.CocException refusedOrImpossible) {
                // left out, as the workflow generator leaves it out
            }
        }
        return file;
    }

    @Test
    void requestsForARelayedApologyAndRelaysToReportersAreGenerated() {
        assertShare(reports, r -> r.requestedActions().stream().anyMatch(RequestedAction::isApologyRequest), 0.01,
                0.15, "reports asking for an apology to be relayed");
        List<CocGenerators.Proposal> proposals = Theories.sample(CocGenerators.standard()
                .proposals(CocGenerators.Risk.APOLOGIES), DRAWS);
        assertShare(proposals, p -> p.action() instanceof Action.RelayApology r
                && !p.file().state().rolesOf(r.to()).contains(CaseRole.TARGET), 0.02, 0.60,
                "apologies relayed to a reporter who is not a target");
    }
}
