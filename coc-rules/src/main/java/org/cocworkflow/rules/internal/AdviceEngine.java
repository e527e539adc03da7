package org.cocworkflow.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.ImmutableAdvice;
import org.cocworkflow.rules.ImmutableNote;
import org.cocworkflow.rules.ImmutableReview;
import org.cocworkflow.rules.ImmutableRuleDefect;
import org.cocworkflow.rules.ImmutableSuggestion;
import org.cocworkflow.rules.Note;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.Review;
import org.cocworkflow.rules.RuleDefect;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.facts.EvaluatedCase;
import org.cocworkflow.rules.facts.EvaluationReview;
import org.cocworkflow.rules.facts.Now;
import org.cocworkflow.rules.facts.PreparationReview;
import org.cocworkflow.rules.facts.Proposal;
import org.cocworkflow.rules.facts.RuleSource;
import org.cocworkflow.rules.facts.Suggestions;
import org.cocworkflow.rules.screening.ImmutableScreeningAdvice;
import org.cocworkflow.rules.screening.Recommendation;
import org.cocworkflow.rules.screening.ScreeningAdvice;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a compiled edition over facts and turns what its rules proposed into advice: every proposal passes the
 * guards, and one a guard refuses becomes a rule defect (invariant I11). Shared by the advisor and the scenario
 * runner, so that scenarios test exactly the path that serves advice.
 */
public final class AdviceEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AdviceEngine.class);
    private static final int MAX_FIRINGS = 10_000;

    private AdviceEngine() {
    }

    /** What one request needs to know besides the case: where its event stands, the organization, the history. */
    public record Setting(EventPhase phase, OrganizationSettings organization, CaseHistory history,
            Optional<IdentityKeys> identityKeys) {
    }

    /**
     * Advises on a case.
     *
     * @param edition the case's edition, compiled
     * @param file the case
     * @param now the moment
     * @param setting the rest of the request's circumstances
     * @return the advice
     */
    public static Advice advise(CompiledEdition edition, CaseFile file, Instant now, Setting setting) {
        CaseState state = file.state();
        List<Object> facts = CaseFacts.of(state, now, setting.phase(), edition.edition().settings(),
                setting.organization(), setting.history(), setting.identityKeys());
        Fired fired = fire(edition, facts);

        List<RuleDefect> defects = new ArrayList<>();
        Map<Action, Suggestion> byAction = new LinkedHashMap<>();
        for (Proposal proposal : fired.suggestions().proposals()) {
            Verdict verdict = Guards.check(proposal.action(), file);
            if (verdict instanceof Verdict.Refused refused) {
                defects.add(ImmutableRuleDefect.builder().rule(proposal.source().rule())
                        .actionType(proposal.action().typeName()).guard(refused.guard()).reason(refused.reason())
                        .build());
                LOG.warn("rule \"{}\" of edition {} suggested a {} that the {} guard refused",
                        proposal.source().rule(), state.edition(), proposal.action().typeName(), refused.guard());
                continue;
            }
            Suggestion suggestion = ImmutableSuggestion.builder().action(proposal.action())
                    .priority(proposal.priority()).reason(proposal.source().why())
                    .rule(proposal.source().rule()).citation(proposal.source().citation())
                    .deadline(proposal.deadline()).addAllFlags(((Verdict.Allowed) verdict).flags()).build();
            byAction.merge(proposal.action(), suggestion, AdviceEngine::moreUrgent);
        }
        List<Suggestion> suggestions = new ArrayList<>(byAction.values());
        suggestions.sort(AdviceEngine::mostUrgentFirst);
        return ImmutableAdvice.builder().caseId(state.caseId()).edition(state.edition()).now(now)
                .phase(setting.phase()).addAllSuggestions(suggestions).addAllDefects(defects)
                .addAllRulesFired(fired.rules()).retention(fired.suggestions().retention()).build();
    }

    /**
     * Advises on a screened registration.
     *
     * @param edition the edition in force at the time of the check
     * @param screening what the check found
     * @param phase where the registration's event stands
     * @return the recommendation
     */
    public static ScreeningAdvice screen(CompiledEdition edition, Screening screening, EventPhase phase) {
        List<Object> facts = new ArrayList<>();
        facts.add(screening);
        facts.addAll(screening.matches());
        facts.add(Now.of(screening.at(), phase));
        Fired fired = fire(edition, facts);
        Recommendation recommendation = fired.suggestions().recommendation().orElse(Recommendation.ADMIT);
        Optional<RuleSource> source = fired.suggestions().recommendedBy();
        return ImmutableScreeningAdvice.builder().recommendation(recommendation)
                .reason(source.map(RuleSource::why).orElse("nothing on the ban list matched the registration"))
                .rule(source.map(RuleSource::rule).orElse("(no rule fired)"))
                .citation(source.map(RuleSource::citation).orElse("seed 003, Data retention"))
                .addAllRulesFired(fired.rules()).build();
    }

    /**
     * Reviews the organization's preparations.
     *
     * @param edition the edition in force
     * @param now the moment
     * @param organization the organization's settings
     * @return the notes and the rules that fired
     */
    public static Review prepare(CompiledEdition edition, Instant now, OrganizationSettings organization) {
        return review(edition, now, List.of(PreparationReview.marker(), organization,
                Now.of(now, EventPhase.NO_EVENT)));
    }

    /**
     * Looks back on past cases.
     *
     * @param edition the edition in force
     * @param now the moment
     * @param cases the cases
     * @return the notes and the rules that fired
     */
    public static Review evaluate(CompiledEdition edition, Instant now, List<CaseFile> cases) {
        List<Object> facts = new ArrayList<>();
        facts.add(EvaluationReview.marker());
        facts.add(Now.of(now, EventPhase.NO_EVENT));
        cases.forEach(file -> facts.add(EvaluatedCase.of(file.state())));
        return review(edition, now, facts);
    }

    private static Review review(CompiledEdition edition, Instant now, List<Object> facts) {
        Fired fired = fire(edition, facts);
        return ImmutableReview.builder().edition(edition.edition().id()).now(now)
                .addAllNotes(notes(fired.suggestions())).addAllRulesFired(fired.rules()).build();
    }

    private static List<Note> notes(Suggestions suggestions) {
        Map<String, ImmutableNote.BuildFinal> byRule = new LinkedHashMap<>();
        List<RuleSource> sources = suggestions.notes();
        List<String> subjects = suggestions.noteSubjects();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource source = sources.get(i);
            ImmutableNote.BuildFinal note = byRule.computeIfAbsent(source.rule(), r -> ImmutableNote.builder()
                    .rule(source.rule()).reason(source.why()).citation(source.citation()));
            if (!subjects.get(i).isEmpty()) {
                note.addCases(subjects.get(i));
            }
        }
        return byRule.values().stream().map(ImmutableNote.BuildFinal::build)
                .map(note -> (Note) ImmutableNote.copyOf(note).withCases(note.cases().stream().sorted().distinct()
                        .toList()))
                .sorted(Comparator.comparing(Note::rule)).toList();
    }

    /**
     * Orders suggestions by priority, then deadline (none last), then rule name, then the action's summary. Written
     * out rather than chained from {@code Comparator.comparing}: the chain's lambdas, shared by every caller in the
     * JVM, cast each key to {@code Comparable} and call it through one interface call site for all key types, which
     * made sorting the largest cost of warm advice after the engine and the guards.
     */
    private static int mostUrgentFirst(Suggestion a, Suggestion b) {
        int order = a.priority().compareTo(b.priority());
        if (order == 0) {
            order = a.deadline().orElse(Instant.MAX).compareTo(b.deadline().orElse(Instant.MAX));
        }
        if (order == 0) {
            order = a.rule().compareTo(b.rule());
        }
        if (order == 0) {
            order = a.action().summary().compareTo(b.action().summary());
        }
        return order;
    }

    private static Suggestion moreUrgent(Suggestion a, Suggestion b) {
        return b.priority().compareTo(a.priority()) < 0 ? b : a;
    }

    private record Fired(Suggestions suggestions, List<String> rules) {
    }

    private static Fired fire(CompiledEdition edition, List<Object> facts) {
        Suggestions suggestions = new Suggestions();
        List<String> rules = new ArrayList<>();
        KieSession session = edition.session();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                rules.add(event.getMatch().getRule().getName());
            }
        };
        try {
            session.setGlobal("suggest", suggestions);
            session.addEventListener(listener);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new EditionException("the edition " + edition.edition().id() + " fired " + MAX_FIRINGS
                        + " rules for one request; a rule probably loops", List.of());
            }
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
        return new Fired(suggestions, rules);
    }
}
