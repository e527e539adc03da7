package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.junit.jupiter.api.Test;

class AdvisorSmokeTest {
    @Test
    void theShippedEditionAdvisesOnAThreat() {
        CaseFile file = CaseFile.open(org.cocworkflow.core.casefile.ImmutableCaseOpened.copyOf(
                Samples.opened(Samples.threat())).withEdition(Editions.SHIPPED));
        for (boolean precompiled : new boolean[] {true, false}) {
            AdvisorOptions options = AdvisorOptions.builder()
                    .addEditions(ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(precompiled)).build();
            try (Advisor advisor = Advisor.create(options)) {
                Advice advice = advisor.advise(file, AdviceContext.at(Instant.parse("2026-05-14T20:00:00Z")));
                assertTrue(advice.rulesFired().contains("A threat to physical wellbeing is answered on the threat path"));
                assertEquals(0, advice.defects().size());
            }
        }
    }
}
