package org.cocworkflow.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.CocException;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.testing.CocGenerators.Step;
import org.cocworkflow.core.testing.CocGenerators.Workflow;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.cocworkflow.rules.edition.RuleFile;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Shared fixtures of the rule tests: advisors over the shipped edition, from the build-time model, from its DRL
 * compiled at run time and from its DRL reloaded after an edit, created once per test JVM; cases moved onto the
 * shipped edition; workflows' cases and moments to advise at for the properties.
 */
public final class RuleTesting {
    private static Advisor precompiled;
    private static Advisor fromDrl;
    private static Advisor reloaded;

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
     * @return an advisor over the shipped edition's DRL, first loaded with one rule of sanctions.drl edited, then
     *     reloaded with the shipped text: the reload compiles that file again and reuses the others' packages
     */
    static synchronized Advisor shippedReloaded() {
        if (reloaded == null) {
            Edition drl = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(false);
            reloaded = Advisor.create(AdvisorOptions.builder().addEditions(edited(drl, "sanctions.drl")).build());
            reloaded.reload(drl);
        }
        return reloaded;
    }

    /**
     * An author's edit: the edition with the first {@code @why} of one file reworded.
     *
     * @param edition the edition
     * @param path the file to edit
     * @return the edited edition
     */
    public static Edition edited(Edition edition, String path) {
        List<RuleFile> files = edition.files().stream().map(f -> !f.path().equals(path) ? f
                : RuleFile.of(path, f.text().replaceFirst("@why\\(\"", "@why(\"Edited. "))).toList();
        if (files.equals(edition.files())) {
            throw new IllegalArgumentException(path + " is not in the edition or has no @why to edit");
        }
        return ImmutableEdition.copyOf(edition).withFiles(files);
    }

    /** A moment to advise at: some time after the case's last event, in some phase of its event. */
    public record Moment(EventPhase phase, Duration after) {
        /**
         * @param state the case
         * @return the context of this moment for the case
         */
        public AdviceContext at(CaseState state) {
            return AdviceContext.at(state.lastEventAt().plus(after)).during(phase);
        }
    }

    /** @return moments up to two weeks after a case's last event, in every phase */
    public static Gen<Moment> moments() {
        return SourceDSL.arbitrary().enumValues(EventPhase.class)
                .zip(SourceDSL.integers().between(0, 14 * 24 * 60), (phase, minutes) ->
                        new Moment(phase, Duration.ofMinutes(minutes)));
    }

    /**
     * Texts made of the pieces a rule header is told apart by: the word {@code rule} alone and inside other words,
     * quotes, names, every kind of white space and line break (CR LF, CR, LF and the Unicode ones), comments.
     *
     * @return DRL-like texts, headers and near-misses mixed
     */
    public static Gen<String> drlLikeTexts() {
        List<String> pieces = List.of("rule", "rule ", "rule \"", "\"", "A name", "\"A name\"", " ", "\t", "\u000B",
                "\f", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "// rule \"x\"", "rules", "x", "end\n",
                "rule \"R\" when then end");
        return SourceDSL.lists().of(SourceDSL.integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 40)
                .map(indices -> {
                    StringBuilder text = new StringBuilder();
                    indices.forEach(i -> text.append(pieces.get(i)));
                    return text.toString();
                });
    }

    /**
     * The case after each possible step of a workflow, opened under the given edition; refused and impossible steps
     * leave the case as it was.
     *
     * @param workflow the workflow
     * @param edition the edition to open the case under
     * @return the case before the first step and after each step that was allowed
     */
    public static List<CaseFile> states(Workflow workflow, PolicyEditionId edition) {
        List<CaseFile> states = new ArrayList<>();
        CaseFile file = CaseFile.open(ImmutableCaseOpened.copyOf(workflow.opened()).withEdition(edition));
        states.add(file);
        for (Step step : workflow.steps()) {
            try {
                file = Guards.apply(file, step.action(), step.by(), step.at()).file();
                states.add(file);
            } catch (CocException refusedOrImpossible) {
                // The case stays as it was.
            }
        }
        return states;
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
     * An edition of one DRL file and nothing else, in force since 2020, as a test writes one.
     *
     * @param id the edition's id
     * @param drl the file's text
     * @return the edition
     */
    public static Edition drlEdition(String id, String drl) {
        return ImmutableEdition.builder().id(PolicyEditionId.of(id))
                .effectiveFrom(Instant.parse("2020-01-01T00:00:00Z")).settings(Editions.shipped().settings())
                .addFiles(RuleFile.of("test/" + id + ".drl", drl)).build();
    }

    /**
     * Opens a sample report as a case of a given id under a given edition.
     *
     * @param report the report
     * @param caseId the case's id
     * @param edition the edition
     * @return the case file
     */
    public static CaseFile opened(Report report, String caseId, PolicyEditionId edition) {
        return CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(report)).withCaseId(CaseId.of(caseId))
                .withEdition(edition));
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
