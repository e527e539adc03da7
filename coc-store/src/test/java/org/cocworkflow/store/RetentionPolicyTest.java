package org.cocworkflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.ImmutableEditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.store.retention.RetentionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Which retention periods apply to a case (seed 003, "Data retention"; "Evaluation": this year's rules for this year's
 * cases): a policy built from the editions' settings answers each edition with its own, and nothing for an edition it
 * was not given, so such a case is never purged.
 */
class RetentionPolicyTest {
    private static final PolicyEditionId Y2025 = PolicyEditionId.of("standard-2025");
    private static final PolicyEditionId Y2026 = PolicyEditionId.of("standard-2026");
    private static final EditionSettings SHORT = ImmutableEditionSettings.builder()
            .keepNoViolationFound(Period.ofMonths(6)).build();
    private static final EditionSettings LONG = ImmutableEditionSettings.builder()
            .keepSanctioned(Period.ofYears(10)).build();

    @Test
    void aPolicyOfEditionsAnswersEachEditionWithItsOwnSettings() {
        RetentionPolicy policy = RetentionPolicy.of(Map.of(Y2025, SHORT, Y2026, LONG));

        assertEquals(Optional.of(SHORT), policy.settingsFor(Y2025));
        assertEquals(Optional.of(LONG), policy.settingsFor(Y2026));
        assertEquals(Period.ofMonths(6), policy.settingsFor(Y2025).orElseThrow().keepNoViolationFound());
        assertEquals(Period.ofYears(10), policy.settingsFor(Y2026).orElseThrow().keepSanctioned());
    }

    @Test
    void aPolicyOfEditionsKnowsNothingOfAnotherEdition() {
        RetentionPolicy policy = RetentionPolicy.of(Map.of(Y2025, SHORT));

        assertTrue(policy.settingsFor(Y2026).isEmpty());
        assertTrue(RetentionPolicy.of(Map.of()).settingsFor(Y2025).isEmpty());
    }

    @Test
    void aPolicyOfEditionsKeepsItsOwnCopyOfTheSettings() {
        Map<PolicyEditionId, EditionSettings> settings = new HashMap<>(Map.of(Y2025, SHORT));
        RetentionPolicy policy = RetentionPolicy.of(settings);
        settings.put(Y2025, LONG);
        settings.put(Y2026, LONG);

        assertEquals(Optional.of(SHORT), policy.settingsFor(Y2025));
        assertTrue(policy.settingsFor(Y2026).isEmpty());
    }

    @Test
    void theDefaultPolicyGivesEveryEditionTheDefaultSettings() {
        assertEquals(Optional.of(EditionSettings.defaults()), RetentionPolicy.defaults().settingsFor(Y2025));
        assertEquals(Optional.of(LONG), RetentionPolicy.uniform(LONG).settingsFor(Y2026));
    }
}
