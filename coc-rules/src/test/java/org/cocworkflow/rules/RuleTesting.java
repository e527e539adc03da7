package org.cocworkflow.rules;

import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;

/**
 * Shared fixtures of the rule tests: advisors over the shipped edition, from the build-time model and from its DRL
 * compiled at run time, created once per test JVM, and cases moved onto the shipped edition.
 */
final class RuleTesting {
    private static Advisor precompiled;
    private static Advisor fromDrl;

    private RuleTesting() {
    }

    /** @return an advisor over the shipped edition's build-time model */
    static synchronized Advisor shipped() {
        if (precompiled == null) {
            precompiled = Advisor.create(AdvisorOptions.builder().addEditions(Editions.shipped()).build());
        }
        return precompiled;
    }

    /** @return an advisor over the shipped edition's DRL, compiled at run time */
    static synchronized Advisor shippedFromDrl() {
        if (fromDrl == null) {
            Edition drl = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(false);
            fromDrl = Advisor.create(AdvisorOptions.builder().addEditions(drl).build());
        }
        return fromDrl;
    }

    /**
     * Opens a sample report under the shipped edition.
     *
     * @param report the report
     * @return the case file
     */
    static CaseFile onShipped(Report report) {
        return CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(report)).withEdition(Editions.SHIPPED));
    }

    /**
     * Moves a case onto an edition: the same events, opened under that edition.
     *
     * @param file the case
     * @param edition the edition
     * @return the case under the edition
     */
    static CaseFile under(CaseFile file, PolicyEditionId edition) {
        List<CaseEvent> events = new ArrayList<>(file.events());
        CaseOpened opened = ImmutableCaseOpened.copyOf(file.opening()).withEdition(edition);
        events.set(0, opened);
        return CaseFile.replay(events);
    }
}
