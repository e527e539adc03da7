package org.cocworkflow.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.DecisionOption;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.ImmutableAdvice;
import org.cocworkflow.rules.ImmutableDecisionOption;
import org.cocworkflow.rules.ImmutableConditionFailed;
import org.cocworkflow.rules.ImmutableConsequenceFailed;
import org.cocworkflow.rules.ImmutableFiringLimitReached;
import org.cocworkflow.rules.ImmutableNote;
import org.cocworkflow.rules.ImmutableReview;
import org.cocworkflow.rules.ImmutableRuleDefect;
import org.cocworkflow.rules.ImmutableSuggestion;
import org.cocworkflow.rules.ImmutableTimeBudgetExceeded;
import org.cocworkflow.rules.Note;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.Review;
import org.cocworkflow.rules.RuleDefect;
import org.cocworkflow.rules.RuleFault;
import org.cocworkflow.rules.RuleFaultException;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.WaitingForConsent;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.facts.EditionInForce;
import org.cocworkflow.rules.facts.EvaluatedCase;
import org.cocworkflow.rules.facts.EvaluationReview;
import org.cocworkflow.rules.facts.Now;
import org.cocworkflow.rules.facts.PreparationReview;
import org.cocworkflow.rules.facts.OptionProposal;
import org.cocworkflow.rules.facts.Proposal;
import org.cocworkflow.rules.facts.RuleSource;
import org.cocworkflow.rules.facts.Suggestions;
import org.cocworkflow.rules.screening.ImmutableScreeningAdvice;
import org.cocworkflow.rules.screening.Recommendation;
import org.cocworkflow.rules.screening.ScreeningAdvice;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a compiled edition over facts and turns what its rules proposed into advice: every proposal passes the
 * guards, and one a guard refuses becomes a rule defect (invariant I11), unless it was refused for missing consent
 * alone, which the advice asks for while the action waits ({@link ConsentWaits}). Shared by the advisor and the scenario
 * runner, so that scenarios test exactly the path that serves advice.
 *
 * <p>Faults of the rules are contained here (invariant I11): a consequence that throws is skipped and the others go
 * on firing; a condition that throws stops the firing; so do the firing limit and the time budget, the latter
 * checked after each firing. Each becomes a {@link RuleFault} naming rules and exception classes only, never an
 * exception's message, which may quote case content. A failure to open a session is an {@link EditionException}.
 */
public final class AdviceEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AdviceEngine.class);
    /** How deep a cause chain is followed, in case one is circular. */
    private static final int MAX_CAUSES = 32;
    /** The type a refused option's defect names: an option is what a {@code record_decision} would carry. */
    private static final String OPTION_TYPE = "record_decision";

    private AdviceEngine() {
    }

    /**
     * The bounds on one request's rule work.
     *
     * @param firingLimit the most firings
     * @param timeBudget how long the firing may take, checked after each firing
     * @param ticker nanoseconds from an arbitrary origin
     */
    public record Limits(int firingLimit, Duration timeBudget, LongSupplier ticker) {
        /**
         * Takes the bounds of an advisor's options.
         *
         * @param options the options
         * @return their bounds
         */
        public static Limits of(AdvisorOptions options) {
            return new Limits(options.firingLimit(), options.timeBudget(), options.ticker());
        }

        long budgetNanos() {
            return timeBudget.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE
                    : timeBudget.toNanos();
        }
    }

    /**
     * What one request needs to know besides the case: where its event stands, the organization, the history, and
     * where the event stood when the case's response time began (the report's arrival or the case's reopening) if a
     * calendar knows it (the case's own event window, where it has one, wins; else the phase of the moment of advice
     * stands in).
     */
    public record Setting(EventPhase phase, OrganizationSettings organization, CaseHistory history,
            Optional<IdentityKeys> identityKeys, Optional<EventPhase> arrivalPhase) {
        /**
         * A setting with no calendar's word on the report's arrival.
         *
         * @param phase where the case's event stands
         * @param organization the organization's settings
         * @param history earlier cases and bans
         * @param identityKeys identity keys for the history, if configured
         */
        public Setting(EventPhase phase, OrganizationSettings organization, CaseHistory history,
                Optional<IdentityKeys> identityKeys) {
            this(phase, organization, history, identityKeys, Optional.empty());
        }
    }

    /**
     * Advises on a case.
     *
     * @param edition the case's edition, compiled
     * @param file the case
     * @param now the moment
     * @param setting the rest of the request's circumstances
     * @param limits the bounds on the rules' work
     * @return the advice, incomplete if the rules did not finish
     * @throws EditionException if the rule engine cannot open a session of the edition
     */
    public static Advice advise(CompiledEdition edition, CaseFile file, Instant now, Setting setting,
            Limits limits) {
        CaseState state = file.state();
        List<Object> facts = CaseFacts.of(state, now, setting.phase(), edition.edition().settings(),
                setting.organization(), setting.history(), setting.identityKeys());
        facts.add(3, CaseFacts.arrival(state, setting.arrivalPhase().orElse(setting.phase())));
        facts.add(EditionInForce.of(edition.edition().id(), edition.edition().effectiveFrom()));
        Fired fired = fire(edition, facts, limits);

        List<RuleDefect> defects = new ArrayList<>();
        Map<Action, Suggestion> byAction = new LinkedHashMap<>();
        // A proposal refused for missing consent alone waits for it, and the advice asks (issue 15).
        ConsentWaits waits = new ConsentWaits(file, now);
        BiConsumer<Proposal, Verdict.Refused> defect = (proposal, refused) -> {
            defects.add(ImmutableRuleDefect.builder().rule(proposal.source().rule())
                    .actionType(proposal.action().typeName()).guard(refused.guard()).reason(refused.reason())
                    .build());
            LOG.warn("rule \"{}\" of edition {} suggested a {} that the {} guard refused",
                    proposal.source().rule(), state.edition(), proposal.action().typeName(), refused.guard());
        };
        for (Proposal proposal : fired.suggestions().proposals()) {
            Verdict verdict = Guards.check(proposal.action(), file, now);
            if (verdict instanceof Verdict.Refused refused) {
                if (!waits.offer(proposal, refused)) {
                    defect.accept(proposal, refused);
                }
                continue;
            }
            Suggestion suggestion = ImmutableSuggestion.builder().action(proposal.action())
                    .priority(proposal.priority()).reason(proposal.source().why())
                    .rule(proposal.source().rule()).citation(proposal.source().citation())
                    .deadline(proposal.deadline()).addAllFlags(((Verdict.Allowed) verdict).flags()).build();
            byAction.merge(proposal.action(), suggestion, AdviceEngine::moreUrgent);
        }
        List<WaitingForConsent> waiting = waits.resolve(byAction, defect);
        List<Suggestion> suggestions = new ArrayList<>(byAction.values());
        suggestions.sort(AdviceEngine::mostUrgentFirst);
        // Options are material for the meeting, not actions; their sanctions still meet their preconditions (I7).
        Map<List<Object>, DecisionOption> options = new LinkedHashMap<>();
        for (OptionProposal option : fired.suggestions().options()) {
            Verdict verdict = Guards.checkSanctions(option.sanctions(), file, now);
            if (verdict instanceof Verdict.Refused refused) {
                defects.add(ImmutableRuleDefect.builder().rule(option.source().rule()).actionType(OPTION_TYPE)
                        .guard(refused.guard()).reason(refused.reason()).build());
                LOG.warn("rule \"{}\" of edition {} offered an option that the {} guard refused",
                        option.source().rule(), state.edition(), refused.guard());
                continue;
            }
            options.putIfAbsent(List.of(option.finding(), option.sanctions()), ImmutableDecisionOption.builder()
                    .finding(option.finding()).reason(option.source().why()).rule(option.source().rule())
                    .citation(option.source().citation()).addAllSanctions(option.sanctions()).build());
        }
        List<DecisionOption> offered = new ArrayList<>(options.values());
        offered.sort(AdviceEngine::lightestFirst);
        return ImmutableAdvice.builder().caseId(state.caseId()).edition(state.edition()).now(now)
                .phase(setting.phase()).addAllSuggestions(suggestions).addAllOptions(offered)
                .addAllWaitingForConsent(waiting).addAllDefects(defects).addAllNotes(notes(fired.suggestions()))
                .addAllRulesFired(fired.rules()).retention(fired.suggestions().retention())
                .addAllFaults(fired.faults()).build();
    }

    /**
     * Orders options from the lightest to the heaviest: no violation, insufficient information, a violation without
     * a sanction, then the sanctions in the catalogue's order; the rule's name settles a tie, so that the order does
     * not depend on the order in which rules fired.
     */
    private static int lightestFirst(DecisionOption a, DecisionOption b) {
        int byFinding = Integer.compare(findingRank(a.finding()), findingRank(b.finding()));
        if (byFinding != 0) {
            return byFinding;
        }
        int bySanction = Integer.compare(sanctionRank(a), sanctionRank(b));
        return bySanction != 0 ? bySanction : a.rule().compareTo(b.rule());
    }

    private static int findingRank(Finding finding) {
        return switch (finding) {
            case NO_VIOLATION -> 0;
            case INSUFFICIENT_INFORMATION -> 1;
            case VIOLATION -> 2;
        };
    }

    private static int sanctionRank(DecisionOption option) {
        return option.sanctions().isEmpty() ? -1 : option.sanctions().get(0).sanction().ordinal();
    }

    /**
     * Advises on a screened registration.
     *
     * @param edition the edition in force at the time of the check
     * @param screening what the check found
     * @param phase where the registration's event stands
     * @param limits the bounds on the rules' work
     * @return the recommendation
     * @throws RuleFaultException if the rules did not finish: a recommendation is one answer, which the rules that
     *     did fire cannot give alone
     * @throws EditionException if the rule engine cannot open a session of the edition
     */
    public static ScreeningAdvice screen(CompiledEdition edition, Screening screening, EventPhase phase,
            Limits limits) {
        List<Object> facts = new ArrayList<>();
        facts.add(screening);
        facts.addAll(screening.matches());
        facts.add(Now.of(screening.at(), phase));
        Fired fired = fire(edition, facts, limits);
        if (!fired.faults().isEmpty()) {
            throw new RuleFaultException(edition.edition().id(), "screening a registration", fired.faults());
        }
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
     * @param limits the bounds on the rules' work
     * @return the notes and the rules that fired, incomplete if the rules did not finish
     * @throws EditionException if the rule engine cannot open a session of the edition
     */
    public static Review prepare(CompiledEdition edition, Instant now, OrganizationSettings organization,
            Limits limits) {
        return review(edition, now, List.of(PreparationReview.marker(), organization,
                Now.of(now, EventPhase.NO_EVENT)), limits);
    }

    /**
     * Looks back on past cases.
     *
     * @param edition the edition in force
     * @param now the moment
     * @param cases the cases
     * @param limits the bounds on the rules' work
     * @return the notes and the rules that fired, incomplete if the rules did not finish
     * @throws EditionException if the rule engine cannot open a session of the edition
     */
    public static Review evaluate(CompiledEdition edition, Instant now, List<CaseFile> cases, Limits limits) {
        List<Object> facts = new ArrayList<>();
        facts.add(EvaluationReview.marker());
        facts.add(Now.of(now, EventPhase.NO_EVENT));
        cases.forEach(file -> facts.add(EvaluatedCase.of(file.state())));
        return review(edition, now, facts, limits);
    }

    private static Review review(CompiledEdition edition, Instant now, List<Object> facts, Limits limits) {
        Fired fired = fire(edition, facts, limits);
        return ImmutableReview.builder().edition(edition.edition().id()).now(now)
                .addAllNotes(notes(fired.suggestions())).addAllRulesFired(fired.rules())
                .addAllFaults(fired.faults()).build();
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
            note.addAllDetails(suggestions.noteDetails().get(i));
        }
        return byRule.values().stream().map(ImmutableNote.BuildFinal::build)
                .map(note -> (Note) ImmutableNote.copyOf(note).withCases(note.cases().stream().sorted().distinct()
                        .toList()).withDetails(note.details().stream().distinct().toList()))
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

    private record Fired(Suggestions suggestions, List<String> rules, List<RuleFault> faults) {
    }

    private static Fired fire(CompiledEdition edition, List<Object> facts, Limits limits) {
        Suggestions suggestions = new Suggestions();
        Firing firing = new Firing(limits);
        KieSession session;
        try {
            session = edition.session();
        } catch (RuntimeException e) {
            throw new EditionException("the rule engine could not open a session of the edition "
                    + edition.edition().id() + " (" + e.getClass().getName() + "); load the edition again", List.of());
        }
        try {
            if (edition.suggests()) {
                session.setGlobal(CompiledEdition.SUGGEST, suggestions);
            }
            session.addEventListener(firing);
            ContainedConsequences.during(firing::consequenceFailed, () -> {
                facts.forEach(session::insert);
                firing.firedAll(session.fireAllRules(limits.firingLimit()));
                return null;
            });
        } catch (ConsequenceException e) {
            // Only if Drools ignored the configured handler: the firing stopped at the consequence.
            firing.consequenceFailed(e.getRule() == null ? "" : e.getRule().getName(),
                    e.getCause() instanceof Exception cause ? cause : e);
        } catch (RuntimeException e) {
            firing.conditionFailed(e, edition.rules().keySet());
        } finally {
            try {
                session.removeEventListener(firing);
                session.dispose();
            } catch (RuntimeException e) {
                LOG.warn("a session of edition {} could not be returned to its pool ({})", edition.edition().id(),
                        e.getClass().getName());
            }
        }
        List<RuleFault> faults = firing.faults();
        faults.forEach(fault -> LOG.warn("the rules of edition {} did not finish: {}", edition.edition().id(),
                fault.describe()));
        return new Fired(suggestions, firing.rules(), faults);
    }

    /**
     * One request's firing: the rules that fired, in order, and what went wrong. It stops the session at the firing
     * limit and once the time budget has run out.
     */
    private static final class Firing extends DefaultAgendaEventListener {
        private final Limits limits;
        private final long start;
        private final List<String> rules = new ArrayList<>();
        private final Map<String, Map<String, Integer>> consequenceFailures = new LinkedHashMap<>();
        private RuleFault stopped;

        Firing(Limits limits) {
            this.limits = limits;
            this.start = limits.ticker().getAsLong();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            rules.add(rule);
            if (stopped != null) {
                return;
            }
            // The session's own limit is not exact (it counts in batches), so the limit is kept here as well.
            if (rules.size() >= limits.firingLimit()) {
                stopped = firingLimitReached();
            } else if (limits.ticker().getAsLong() - start > limits.budgetNanos()) {
                stopped = ImmutableTimeBudgetExceeded.builder().budget(limits.timeBudget()).rule(rule)
                        .firings(rules.size()).build();
            }
            if (stopped != null) {
                event.getKieRuntime().halt();
            }
        }

        void consequenceFailed(String rule, Exception exception) {
            consequenceFailures.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                    .merge(rootCause(exception).getClass().getName(), 1, Integer::sum);
        }

        void conditionFailed(RuntimeException exception, Set<String> ruleNames) {
            if (stopped == null) {
                stopped = ImmutableConditionFailed.builder().exceptionType(rootCause(exception).getClass().getName())
                        .addAllRules(named(exception, ruleNames)).build();
            }
        }

        void firedAll(int fired) {
            if (stopped == null && fired >= limits.firingLimit()) {
                stopped = firingLimitReached();
            }
        }

        private RuleFault firingLimitReached() {
            Map<String, Integer> counts = new HashMap<>();
            rules.forEach(rule -> counts.merge(rule, 1, Integer::sum));
            int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            return ImmutableFiringLimitReached.builder().limit(limits.firingLimit()).firings(most)
                    .addAllRules(new TreeSet<>(counts.entrySet().stream().filter(e -> e.getValue() == most)
                            .map(Map.Entry::getKey).toList()))
                    .build();
        }

        List<String> rules() {
            return rules;
        }

        List<RuleFault> faults() {
            List<RuleFault> faults = new ArrayList<>();
            consequenceFailures.forEach((rule, types) -> types.forEach((type, times) -> faults.add(
                    ImmutableConsequenceFailed.builder().rule(rule).exceptionType(type).times(times).build())));
            if (stopped != null) {
                faults.add(stopped);
            }
            return faults;
        }

        /**
         * The rules of the edition that the engine's report of a failure names. Only names of the edition's own
         * rules are taken from it: the rest of the report may quote the facts, which are case content.
         */
        private static List<String> named(Throwable failure, Set<String> ruleNames) {
            Set<String> named = new TreeSet<>();
            Throwable t = failure;
            for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
                String message = t.getMessage();
                if (message != null) {
                    ruleNames.stream().filter(rule -> message.contains("\"" + rule + "\"")).forEach(named::add);
                }
            }
            return List.copyOf(named);
        }

        private static Throwable rootCause(Throwable failure) {
            Throwable root = failure;
            for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
                root = root.getCause();
            }
            return root;
        }
    }
}
