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
public final class RuleTesting {
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

    /**
     * An author's rule file, as the authoring tests write one: a rule in a local package that suggests checking in
     * with the reporter until someone has.
     *
     * @param name the rule's name
     * @param cite its {@code @cite}
     * @param why its {@code @why}
     * @return the DRL text
     */
    public static String checkInRule(String name, String cite, String why) {
        return """
                package org.cocworkflow.rules.local;

                import org.cocworkflow.core.action.Action;
                import org.cocworkflow.core.action.MessageIntent;
                import org.cocworkflow.core.casefile.CaseState;
                import org.cocworkflow.core.party.CaseRole;
                import org.cocworkflow.core.party.Party;
                import org.cocworkflow.rules.Priority;

                global org.cocworkflow.rules.facts.Suggestions suggest;

                rule "%s"
                    @cite("%s")
                    @why("%s")
                when
                    $case : CaseState( closed == false )
                    $reporter : Party( roles contains CaseRole.REPORTER, $case.messaged(id, MessageIntent.CHECK_IN) == false )
                then
                    suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.CHECK_IN), Priority.NORMAL);
                end
                """.formatted(name, cite, why);
    }
}
