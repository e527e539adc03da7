package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.TransitionOracle;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Step;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of 20 to 60 organizer actions, driven through the guards: after every step, every invariant
 * holds on the case file and on every role's view; a step the guards refuse breaks what the independent statement
 * of the invariants says it breaks; a step the case file refuses is refused for the reason the transition oracle
 * gives, and a step taken is one the oracle calls possible. A failure shrinks to a short list of readable steps.
 */
class WorkflowProperties {
    private final CocGenerators generators = CocGenerators.standard();

    @Test
    void afterEveryStepOfAnyWorkflowEveryInvariantHoldsOnTheCaseAndEveryView() {
        qt().forAll(generators.workflows(20, 60)).checkAssert(workflow -> {
            CaseFile file = CaseFile.open(workflow.opened());
            InvariantChecker.assertHolds(file);
            for (Step step : workflow.steps()) {
                CaseState before = file.state();
                Optional<Reason> impossible = TransitionOracle.expected(file, step.action(), step.by(), step.at());
                try {
                    Applied applied = Guards.apply(file, step.action(), step.by(), step.at());
                    assertEquals(Optional.empty(), impossible, () -> "taken although the transitions refuse it: "
                            + step);
                    InvariantChecker.assertStep(file, applied.file());
                    assertNewIncidents(before, step.action(), applied);
                    file = applied.file();
                } catch (ActionRefusedException refused) {
                    // The guards answer first, for possible and impossible steps alike.
                    Set<Guard> broken = InvariantSpec.broken(file, step.action(), step.by(), step.at());
                    assertFalse(broken.isEmpty(), () -> "refused although nothing would break: " + step);
                    assertEquals(broken.iterator().next(), refused.verdict().guard());
                } catch (CaseTransitionException refused) {
                    assertEquals(impossible, Optional.of(refused.reason()), () -> "the reason for refusing " + step);
                    assertEquals(before, file.state(), "an impossible step leaves the case as it was");
                }
            }
            InvariantChecker.assertHolds(file);
        });
    }

    private static void assertNewIncidents(CaseState before, Action action, Applied applied) {
        if (action instanceof Action.RecordApologyPressed pressed
                && before.apologiesDiscouraged().contains(pressed.accused())) {
            assertEquals(1, applied.newIncidents().size(), "I3: pressing an apology after being discouraged is a "
                    + "new incident");
            Report incident = applied.newIncidents().get(0);
            assertTrue(incident.circumstances().contains(Circumstance.CONTINUED_HARASSMENT));
            assertEquals(pressed.accused(), incident.partiesWith(CaseRole.ACCUSED).get(0).id());
            assertEquals(before.idsWith(CaseRole.TARGET).size(), incident.partiesWith(CaseRole.TARGET).size());
            assertTrue(incident.consent().isEmpty(), "consent does not carry over to the new case");
        } else {
            assertTrue(applied.newIncidents().isEmpty());
        }
    }
}
