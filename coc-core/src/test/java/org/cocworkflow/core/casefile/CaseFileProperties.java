package org.cocworkflow.core.casefile;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
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
    void everyImpossibleTransitionIsRefusedWithItsTypedReasonAndEveryPossibleOneIsAccepted() {
        qt().forAll(generators.attempts()).checkAssert(attempts -> {
            CaseFile file = CaseFile.open(attempts.opened());
            for (Step step : attempts.steps()) {
                Optional<Reason> expected = TransitionOracle.expected(file.state(), step.action(), step.by(),
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
                }
            }
        });
    }
}
