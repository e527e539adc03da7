package org.cocworkflow.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.RuleTesting;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * What the rule engine throws outside a rule never reaches the caller as it is: a session that cannot be opened is
 * an {@link EditionException} naming the edition and the engine's exception class, not its message.
 */
class AdviceEngineBoundaryTest {
    @Test
    void aSessionThatCannotBeOpenedIsAnEditionExceptionNamingTheEdition() {
        CompiledEdition released = EditionCompiler.compile(Editions.shipped(), 1);
        released.close();

        EditionException e = assertThrows(EditionException.class, () -> AdviceEngine.advise(released,
                RuleTesting.opened(Samples.threat(), "case-1", Editions.SHIPPED),
                Instant.parse("2026-05-14T20:00:00Z"), new AdviceEngine.Setting(EventPhase.DURING_EVENT,
                        OrganizationSettings.none(), AdvisorOptions.defaults().history(), Optional.empty()),
                AdviceEngine.Limits.of(AdvisorOptions.defaults())));

        assertTrue(e.getMessage().startsWith("the rule engine could not open a session of the edition "
                + Editions.SHIPPED + " ("), e.getMessage());
        assertEquals(List.of(), e.problems());
        assertTrue(e.getCause() == null, "the engine's exception, and its message, stay inside");
    }
}
