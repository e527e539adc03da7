package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.junit.jupiter.api.Test;

/**
 * Requests that run while an edition is reloaded are advised by the old edition or by the new one, whole: never a
 * mix, never an error. Reloads reuse the packages of the files that did not change, so the old and the new KieBase
 * are built from the same compiled files while the old one serves.
 */
class ReloadWhileAdvisingTest {
    private static final int RELOADS = 8;

    @Test
    void requestsDuringReloadsGetTheOldOrTheNewEditionWhole() throws Exception {
        Edition original = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(false);
        Edition edited = RuleTesting.edited(original, "triage.drl");
        CaseFile threat = RuleTesting.onShipped(Samples.threat());
        AdviceContext context = AdviceContext.at(Instant.parse("2026-05-14T20:00:00Z"))
                .during(EventPhase.DURING_EVENT);
        List<Suggestion> before;
        List<Suggestion> after;
        try (Advisor reference = Advisor.create(AdvisorOptions.builder().addEditions(edited).build())) {
            before = RuleTesting.shippedFromDrl().advise(threat, context).suggestions();
            after = reference.advise(threat, context).suggestions();
        }
        assertNotEquals(before, after, "the edit changes the advice on a threat");

        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(original).build())) {
            AtomicBoolean reloading = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<int[]>> advising = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    advising.add(pool.submit(() -> {
                        int[] seen = new int[2];
                        while (reloading.get()) {
                            List<Suggestion> suggestions = advisor.advise(threat, context).suggestions();
                            if (suggestions.equals(before)) {
                                seen[0]++;
                            } else {
                                assertEquals(after, suggestions, "advice from neither the old nor the new edition");
                                seen[1]++;
                            }
                        }
                        return seen;
                    }));
                }
                try {
                    for (int i = 0; i < RELOADS; i++) {
                        advisor.reload(i % 2 == 0 ? edited : original);
                    }
                } finally {
                    reloading.set(false);
                }
                int[] total = new int[2];
                for (Future<int[]> future : advising) {
                    int[] seen = future.get(1, TimeUnit.MINUTES);
                    total[0] += seen[0];
                    total[1] += seen[1];
                }
                assertTrue(total[0] > 0 && total[1] > 0, "both editions served requests: " + total[0] + " and "
                        + total[1]);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(before, advisor.advise(threat, context).suggestions(),
                    "the last reload put the original back");
        }
    }
}
