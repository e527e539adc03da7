package org.cocworkflow.core.casefile;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.testing.CaseFileChecks;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Step;
import org.junit.jupiter.api.Test;

class CaseFileProperties {
    private final CocGenerators generators = CocGenerators.standard();

    @Test
    void i9_theStateIsAPureFunctionOfTheEventsAndReplayRebuildsIt() {
        qt().forAll(generators.caseFiles()).checkAssert(file -> {
            CaseFile replayed = CaseFile.replay(file.events());
            assertEquals(file, replayed);
            assertEquals(file.state(), replayed.state());
            assertEquals(file.state(), CaseFile.replay(file.events()).state(), "a second fold agrees with the first");
            assertEquals(file.events().size(), file.state().version());
        });
    }

    @Test
    void i9_everyCaseFileSurvivesTheJsonRoundTripAndReplaysToTheSameState() {
        qt().forAll(generators.caseFiles()).checkAssert(CaseFileChecks::assertPaperTrail);
    }

    @Test
    void everyImpossibleTransitionIsRefusedWithItsTypedReasonAndEveryPossibleOneIsAcceptedUnlessAGuardRefusesIt() {
        qt().forAll(generators.attempts()).checkAssert(attempts -> {
            CaseFile file = CaseFile.open(attempts.opened());
            for (Step step : attempts.steps()) {
                Optional<Reason> expected = TransitionOracle.expected(file, step.action(), step.by(),
                        step.at());
                try {
                    CaseFile next = file.append(step.action(), step.by(), step.at());
                    if (expected.isPresent()) {
                        fail("accepted a step that must be refused with " + expected.get() + ": " + step);
                    }
                    assertEquals(file.version() + 1, next.version());
                    assertEquals(step.at(), next.state().lastEventAt());
                    file = next;
                } catch (CaseTransitionException refused) {
                    assertEquals(expected, Optional.of(refused.reason()), "the reason for refusing " + step);
                    assertEquals(Optional.of(file.version()), refused.sequence().stream().boxed().findFirst());
                } catch (ActionRefusedException refused) {
                    // The case file's own checks come first: only a possible transition reaches the guards.
                    assertEquals(Optional.empty(), expected, "a guard answered for an impossible step: " + step);
                    assertTrue(refused.sequence().isEmpty(), "an action proposed now has no position yet");
                }
            }
        });
    }

    @Test
    void guardedPaths_replayAcceptsExactlyTheHistoriesWhoseEveryActionTheGuardsAllowAtItsMoment() {
        qt().forAll(generators.attempts()).checkAssert(attempts -> {
            // A history the case file's transitions accept, whatever the guards say: built through an import.
            List<CaseEvent> history = new ArrayList<>(List.of(attempts.opened()));
            OptionalLong firstRefused = OptionalLong.empty();
            CaseFile before = imported(history);
            for (Step step : attempts.steps()) {
                List<CaseEvent> longer = new ArrayList<>(history);
                longer.add(ActionRecorded.of(history.size(), step.at(), step.by(), step.action()));
                CaseFile after;
                try {
                    after = imported(longer);
                } catch (CaseTransitionException impossible) {
                    continue;
                }
                // The guards read the state, not the mark: the state before the step is the one the mark follows.
                boolean allowed = Guards.check(step.action(), step.by(), before.state(), step.at()).isAllowed();
                if (!allowed && firstRefused.isEmpty()) {
                    firstRefused = OptionalLong.of(history.size());
                }
                history = longer;
                before = after;
            }
            try {
                CaseFile replayed = CaseFile.replay(history);
                assertEquals(OptionalLong.empty(), firstRefused, "replay took a history holding a refused action");
                assertEquals(history, replayed.events());
            } catch (ActionRefusedException refused) {
                assertEquals(firstRefused, refused.sequence(), "replay refuses the first refused action, by position");
            }
        });
    }

    /** The history with an import mark at its end, at the moment of its last event, by the report's receiver. */
    private static CaseFile imported(List<CaseEvent> history) {
        CaseOpened opening = (CaseOpened) history.get(0);
        return CaseFile.importUnverified(history, opening.receivedBy().id(), history.get(history.size() - 1).at(),
                Optional.empty());
    }
}
