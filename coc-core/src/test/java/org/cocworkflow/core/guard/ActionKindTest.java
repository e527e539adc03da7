package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Proposal;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.cocworkflow.core.testing.Theories;
import org.junit.jupiter.api.Test;

/**
 * The guards dispatch on {@link ActionKind}: a kind mapped to the wrong action would send that action past the
 * checks meant for it, so each action's kind must be the one its JSON type name says.
 */
class ActionKindTest {
    private final CocGenerators generators = CocGenerators.standard();

    @Test
    void everyActionHasTheKindItsTypeNameNames() {
        qt().forAll(generators.proposals(Risk.values())).checkAssert(p -> assertEquals(p.action().typeName(),
                ActionKind.of(p.action()).name().toLowerCase(Locale.ROOT)));
    }

    @Test
    void theProposalsTheGuardPropertiesRunOnReachEveryKind() {
        Set<ActionKind> reached = Theories.sample(generators.proposals(Risk.values()), 3_000).stream()
                .map(Proposal::action).map(ActionKind::of).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ActionKind.class)));
        assertEquals(EnumSet.allOf(ActionKind.class), reached);
    }

    @Test
    void thereIsOneKindPerKindOfAction() {
        assertEquals(Action.class.getPermittedSubclasses().length, ActionKind.values().length);
    }
}
