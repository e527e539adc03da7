package org.cocworkflow.core.guard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Proposal;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.cocworkflow.core.testing.Theories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposals the guard properties run on put every guard on both sides: some refused, most not. */
class GuardCoverageTest {
    private static final int DRAWS = 3_000;
    private static final Map<Guard, Integer> REFUSED = new EnumMap<>(Guard.class);

    @BeforeAll
    static void draw() {
        List<Proposal> proposals = Theories.sample(CocGenerators.standard().proposals(Risk.values()), DRAWS);
        for (Proposal p : proposals) {
            if (Guards.check(p.action(), p.by(), p.file(), p.at()) instanceof Verdict.Refused refused) {
                refused.refusals().stream().map(Refusal::guard).distinct()
                        .forEach(g -> REFUSED.merge(g, 1, Integer::sum));
            }
        }
    }

    @Test
    void workflowsReachRefusalsPressedApologiesRevocationsAndAppeals() {
        List<CocGenerators.Workflow> workflows = Theories.sample(CocGenerators.standard().workflows(20, 60), 300);
        int refusals = 0;
        int pressed = 0;
        int revoked = 0;
        int appealed = 0;
        for (CocGenerators.Workflow workflow : workflows) {
            org.cocworkflow.core.casefile.CaseFile file = org.cocworkflow.core.casefile.CaseFile.open(
                    workflow.opened());
            for (CocGenerators.Step step : workflow.steps()) {
                try {
                    Applied applied = Guards.apply(file, step.action(), step.by(), step.at());
                    pressed += applied.newIncidents().size();
                    file = applied.file();
                    revoked += step.action() instanceof org.cocworkflow.core.action.Action.RevokeConsent ? 1 : 0;
                    appealed += step.action() instanceof org.cocworkflow.core.action.Action.RecordAppeal ? 1 : 0;
                } catch (org.cocworkflow.core.ActionRefusedException refused) {
                    refusals++;
                } catch (org.cocworkflow.core.CaseTransitionException impossible) {
                    // counted nowhere: the case file's own refusals are covered by its properties
                }
            }
        }
        String counts = "refusals " + refusals + ", new incidents " + pressed + ", revocations " + revoked
                + ", appeals " + appealed + " in " + workflows.size() + " workflows";
        assertTrue(refusals >= 300 && pressed >= 10 && revoked >= 30 && appealed >= 30, counts);
    }

    @Test
    void everyGuardRefusesSomeProposalsAndAllowsMost() {
        for (Guard guard : Guard.values()) {
            int refused = REFUSED.getOrDefault(guard, 0);
            assertTrue(refused >= 10 && refused <= DRAWS / 2,
                    () -> guard + " refused " + refused + " of " + DRAWS + " proposals: " + REFUSED);
        }
    }
}
