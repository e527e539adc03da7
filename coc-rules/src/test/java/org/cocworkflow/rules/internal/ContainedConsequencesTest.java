package org.cocworkflow.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.RuleTesting;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Every way an edition becomes a KieBase (the build-time model of the shipped rules, their DRL compiled whole, and
 * compiled file by file) contains a consequence that throws: during a request the failure is handed over and the
 * other rules go on firing. The shipped rules are made to fail by firing them without their {@code suggest}
 * global, so each consequence that suggests throws a NullPointerException.
 */
class ContainedConsequencesTest {
    private static final Instant NOW = Instant.parse("2026-05-14T20:00:00Z");
    private static final Edition SHIPPED_DRL = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(false);

    @Test
    void theBuildTimeModelContainsAConsequenceThatThrows() {
        try (CompiledEdition model = EditionCompiler.compile(Editions.shipped(), 1)) {
            assertTrue(model.precompiled());
            assertContained(model);
        }
    }

    @Test
    void theDrlCompiledWholeContainsAConsequenceThatThrows() {
        try (CompiledEdition whole = EditionCompiler.compileWhole(SHIPPED_DRL, 1)) {
            assertContained(whole);
        }
    }

    @Test
    void theDrlCompiledFileByFileContainsAConsequenceThatThrows() {
        try (CompiledEdition byFile = EditionCompiler.compile(SHIPPED_DRL, 1)) {
            assertFalse(byFile.packagesByFile().isEmpty(), "compiled file by file");
            assertContained(byFile);
        }
    }

    @Test
    void outsideARequestAConsequenceThatThrowsFailsTheFiringAsDroolsWould() {
        try (CompiledEdition model = EditionCompiler.compile(Editions.shipped(), 1)) {
            KieSession session = model.session();
            try {
                facts().forEach(session::insert);
                assertThrows(ConsequenceException.class, session::fireAllRules);
            } finally {
                session.dispose();
            }
        }
    }

    private static void assertContained(CompiledEdition edition) {
        Map<String, String> failed = new TreeMap<>();
        KieSession session = edition.session();
        int fired;
        try {
            fired = ContainedConsequences.during((rule, e) -> failed.put(rule, e.getClass().getName()), () -> {
                facts().forEach(session::insert);
                return session.fireAllRules();
            });
        } finally {
            session.dispose();
        }
        assertTrue(failed.size() > 3, "the rules went on firing after the first failure: " + failed);
        assertEquals(List.of(NullPointerException.class.getName()), failed.values().stream().distinct().toList());
        assertTrue(failed.containsKey("The report is acknowledged"), failed::toString);
        assertTrue(fired >= failed.size(), "fired " + fired);
    }

    private static List<Object> facts() {
        CaseFile file = RuleTesting.opened(Samples.threat(), "case-1", Editions.SHIPPED);
        return CaseFacts.of(file.state(), NOW, EventPhase.DURING_EVENT, Editions.shipped().settings(),
                OrganizationSettings.none(), AdvisorOptions.defaults().history(), Optional.empty());
    }
}
