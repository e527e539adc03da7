package org.cocworkflow.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.internal.AdviceEngine;
import org.cocworkflow.rules.internal.CaseFacts;
import org.cocworkflow.rules.internal.CompiledEdition;
import org.cocworkflow.rules.internal.EditionCompiler;
import org.cocworkflow.rules.screening.ScreeningAdvice;

/**
 * Reads cases and suggests what the organizers should do next, following the procedure of seed 003 as written in
 * the DRL of each case's own edition (invariant I10). Every suggestion passes the guards before it leaves; a
 * suggestion a guard refuses is returned as a {@link RuleDefect}, never as advice, and is logged without case
 * content (invariant I11).
 *
 * <p>Build one advisor from {@link AdvisorOptions} and share it: it is thread-safe. Each edition is compiled (or,
 * for the shipped rules, loaded from the model generated at build time) once; each request takes a rule session
 * from the edition's pool and gives it back on every path. Close the advisor to release the pools.
 *
 * <p><b>When rules fail</b> (invariant I11). A rule whose condition or consequence throws, rules that fire
 * {@link AdvisorOptions#firingLimit()} times for one request, or a request that runs past
 * {@link AdvisorOptions#timeBudget()} are reported as {@link RuleFault}s, which name the rules and what they threw
 * and never case content. Every request reports them the same way, by the shape of its answer: {@link #advise},
 * {@link #prepare} and {@link #evaluate} answer with a list, and return what the other rules found with the
 * faults, marked incomplete ({@link Advice#complete()}), every suggestion guarded as always; {@link #screen}
 * answers with one recommendation, which the rules that did fire cannot give alone, so it throws a
 * {@link RuleFaultException} carrying the faults. Besides argument checks, the advisor's methods throw only
 * {@link org.cocworkflow.core.CocException}s, whose messages name editions and rules, never case content; nothing
 * of the rule engine's own exceptions reaches the caller.
 *
 * <pre>{@code
 * try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
 *     Advice advice = advisor.advise(caseFile, AdviceContext.at(now));
 *     advice.suggestions().forEach(s -> organizerInbox.add(s.action().summary(), s.reason()));
 * }
 * }</pre>
 */
public final class Advisor implements AutoCloseable {
    private final AdvisorOptions options;
    private final AdviceEngine.Limits limits;
    private final Map<PolicyEditionId, CompiledEdition> editions = new ConcurrentHashMap<>();

    private Advisor(AdvisorOptions options) {
        this.options = options;
        this.limits = AdviceEngine.Limits.of(options);
    }

    /**
     * Creates an advisor, compiling or loading every edition of the options.
     *
     * @param options the options
     * @return the advisor
     * @throws EditionException listing every problem of an edition that cannot be used
     */
    public static Advisor create(AdvisorOptions options) {
        Objects.requireNonNull(options, "options");
        Advisor advisor = new Advisor(options);
        try {
            for (Edition edition : options.editionsToLoad()) {
                advisor.editions.put(edition.id(), EditionCompiler.compile(edition, options.sessionPoolSize()));
            }
        } catch (RuntimeException e) {
            advisor.close();
            throw e;
        }
        return advisor;
    }

    /**
     * Advises on a case at the advisor's present moment.
     *
     * @param file the case
     * @return the advice, with the faults of the rules and marked incomplete if they did not finish
     * @throws EditionException if the case's edition is not loaded
     */
    public Advice advise(CaseFile file) {
        return advise(file, AdviceContext.current());
    }

    /**
     * Advises on a case under its own edition.
     *
     * @param file the case
     * @param context the moment to advise for
     * @return the advice; the same case, context and moment always give the same advice; with the faults of the
     *     rules and marked incomplete if they did not finish
     * @throws EditionException if the case's edition is not loaded
     */
    public Advice advise(CaseFile file, AdviceContext context) {
        CaseState state = file.state();
        Instant now = context.now().orElseGet(() -> options.clock().instant());
        EventPhase phase = context.phase().orElseGet(() -> options.calendar().phase(
                state.report().space().eventId(), now));
        Optional<String> eventId = state.report().space().eventId();
        // Where the event stood when the response time began, if the calendar knows the event.
        Optional<EventPhase> arrivalPhase = options.calendar().window(eventId).isPresent()
                ? Optional.of(options.calendar().phase(eventId, CaseFacts.responseCountsFrom(state)))
                : Optional.empty();
        AdviceEngine.Setting setting = new AdviceEngine.Setting(phase, options.organization(), options.history(),
                options.identityKeys(), arrivalPhase);
        return onEdition(state.edition(), edition -> AdviceEngine.advise(edition, file, now, setting, limits));
    }

    /**
     * Advises what to do with a registration that was checked against the ban list, under the edition in force at
     * the time of the check.
     *
     * @param screening what the check found
     * @return the recommendation; nothing in it is meant for the registrant
     * @throws RuleFaultException if the rules did not finish, which leaves no recommendation
     * @throws EditionException if no loaded edition is in force at the time of the check
     */
    public ScreeningAdvice screen(Screening screening) {
        EventPhase phase = options.calendar().phase(screening.eventId(), screening.at());
        return onEdition(editionFor(screening.at()), edition -> AdviceEngine.screen(edition, screening, phase,
                limits));
    }

    /**
     * Reviews the organization's preparations (seed 003, "Preparation"): the emergency-resources list, the
     * reporting form, the named response team, contacts for the global organization and for appeals.
     *
     * @param now the moment, which chooses the edition in force
     * @return what is missing, possibly nothing; with the faults of the rules and marked incomplete if they did
     *     not finish
     * @throws EditionException if no loaded edition is in force then
     */
    public Review prepare(Instant now) {
        return onEdition(editionFor(now), edition -> AdviceEngine.prepare(edition, now, options.organization(),
                limits));
    }

    /**
     * Looks back on cases for what the next edition should change (seed 003, "Evaluation": deal with this year's
     * cases under this year's rules, and apply changes going forward).
     *
     * @param cases the cases to review, usually those of an event that is over
     * @param now the moment, which chooses the edition in force
     * @return the lessons, each with the cases it concerns; with the faults of the rules and marked incomplete if
     *     they did not finish
     * @throws EditionException if no loaded edition is in force then
     */
    public Review evaluate(List<CaseFile> cases, Instant now) {
        return onEdition(editionFor(now), edition -> AdviceEngine.evaluate(edition, now, cases, limits));
    }

    /**
     * Returns the edition in force at a moment: the loaded edition with the latest {@code effectiveFrom} that is
     * not after it. Open a case under the edition in force at its incident (seed 003, "Evaluation").
     *
     * @param at the moment, usually {@link Report#judgedAt()}
     * @return the edition's id
     * @throws EditionException if no loaded edition is in force then
     */
    public PolicyEditionId editionFor(Instant at) {
        List<Edition> loaded = editions.values().stream().map(CompiledEdition::edition).toList();
        return Editions.inForceAt(loaded, at).id();
    }

    /**
     * Returns the edition to judge a report's incident under: the one in force at the incident, or the earliest
     * loaded edition for an incident from before every loaded edition, so that historical cases can be recorded;
     * the advice on such a case carries a note that says so, and loading the edition of the incident's time (an
     * edition whose {@code effectiveFrom} is before the incident) judges it under that one instead.
     *
     * @param report the report
     * @return the edition's id
     * @throws EditionException if no edition is loaded
     */
    public PolicyEditionId editionFor(Report report) {
        List<Edition> loaded = editions.values().stream().map(CompiledEdition::edition).toList();
        return Editions.forIncidentAt(loaded, report.judgedAt()).id();
    }

    /**
     * Opens a case for a report the way this advisor advises it (seed 003, "Receiving a Complaint" and
     * "Evaluation"): under the edition in force at the incident, with that edition's decision rules, the window of
     * the report's event from the calendar, and the organization's appeal contact.
     *
     * @param caseId the case's id
     * @param report the report
     * @param receivedBy the response-team member who received it
     * @param at when the case is opened; not before the report was received
     * @return the case file, with its opening only
     * @throws EditionException if no edition is loaded
     * @throws org.cocworkflow.core.CaseTransitionException if the receiver clashes with a party of the report
     */
    public CaseFile open(CaseId caseId, Report report, Party receivedBy, Instant at) {
        PolicyEditionId id = editionFor(report);
        return CaseFile.open(CaseOpened.builder().at(at).caseId(caseId).edition(id).report(report)
                .receivedBy(receivedBy).appealContact(options.organization().appealContact())
                .decisionRules(edition(id).edition().settings().decision())
                .event(options.calendar().window(report.space().eventId())).build());
    }

    /**
     * Returns the ids of the loaded editions, oldest first.
     *
     * @return the ids
     */
    public List<PolicyEditionId> editions() {
        return editions.values().stream().map(CompiledEdition::edition)
                .sorted(Comparator.comparing(Edition::effectiveFrom)).map(Edition::id).toList();
    }

    /**
     * Returns the names of the rules of a loaded edition.
     *
     * @param id the edition
     * @return the rule names, in file order
     * @throws EditionException if the edition is not loaded
     */
    public List<String> rules(PolicyEditionId id) {
        return List.copyOf(edition(id).rules().keySet().stream().sorted().toList());
    }

    /**
     * Compiles an edition and puts it in place of the loaded edition with the same id, or beside the others. The
     * old edition keeps serving until the new one is ready; requests already running finish on the old one. Of an
     * edition whose files stand alone (no declarations shared between files), only the files whose text differs
     * from the loaded edition's are compiled again.
     *
     * @param edition the edition, e.g. re-read from an author's directory after an edit
     * @throws EditionException if it does not compile; the old edition stays in place
     */
    public void reload(Edition edition) {
        CompiledEdition loaded = editions.get(edition.id());
        CompiledEdition compiled = loaded == null ? EditionCompiler.compile(edition, options.sessionPoolSize())
                : EditionCompiler.recompile(edition, options.sessionPoolSize(), loaded);
        CompiledEdition old = editions.put(edition.id(), compiled);
        if (old != null) {
            old.close();
        }
    }

    /**
     * Releases the editions' sessions. Requests still running finish first, each on its edition; later ones are
     * refused as for an edition that is not loaded.
     */
    @Override
    public void close() {
        List<CompiledEdition> loaded = List.copyOf(editions.values());
        editions.clear();
        loaded.forEach(CompiledEdition::close);
    }

    /**
     * Serves one request on the loaded edition, holding it so that a reload which replaces it meanwhile does not
     * release its sessions under the request (which would cut the firing short and lose suggestions).
     */
    private <T> T onEdition(PolicyEditionId id, Function<CompiledEdition, T> request) {
        while (true) {
            CompiledEdition edition = edition(id);
            if (edition.hold()) {
                try {
                    return request.apply(edition);
                } finally {
                    edition.release();
                }
            }
            // Replaced (and closed) between the lookup and the hold: its successor is already in place.
        }
    }

    private CompiledEdition edition(PolicyEditionId id) {
        CompiledEdition edition = editions.get(id);
        if (edition == null) {
            throw new EditionException("the edition " + id + " is not loaded; load it with AdvisorOptions.editions "
                    + "(cases are advised under their own edition)", List.of());
        }
        return edition;
    }
}
