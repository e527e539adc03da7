package org.cocworkflow.rules;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.InvariantChecker;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of advice over random organizer workflows: whatever the DRL, no advice contains an action a guard
 * refuses (I11), and an action it lists as waiting for consent is held back by consent alone, by the test's own
 * table of whose consent each action shape needs, with each holder asked or to be asked (issue 15); the shipped edition's advice can be followed step by step without breaking any invariant; every
 * open case gets its response deadline and an overdue case is escalated (I10); and the same case, context and
 * moment give the same advice, on the build-time model, on the DRL and on the DRL reloaded after an edit alike.
 */
class AdviceProperties {
    private static final Path MISCHIEF = Path.of("src/test/resources/org/cocworkflow/rules/mischief");
    private static final AtomicInteger OVERDUE_CASES = new AtomicInteger();
    private static final String OVERDUE_TO_LEAD =
            "Without a global organization, an overdue case goes to the configured lead";
    private static final AtomicInteger OPEN_WITHOUT_DEADLINE = new AtomicInteger();
    private static final AtomicInteger OVERDUE_WITHOUT_DEADLINE = new AtomicInteger();
    private static Advisor mischief;
    private static Edition mischiefEdition;

    private final CocGenerators generators = CocGenerators.standard();

    @BeforeAll
    static void loadTheMischievousEdition() {
        mischiefEdition = Editions.fromDirectory(MISCHIEF);
        mischief = Advisor.create(AdvisorOptions.builder().addEditions(mischiefEdition).build());
    }

    @AfterAll
    static void close() {
        mischief.close();
    }

    @Test
    void I11_followingAnySuggestionOfTheShippedEditionIsAllowedAndKeepsEveryInvariant() {
        qt(10).forAll(generators.workflows(0, 30), RuleTesting.moments()).checkAssert((workflow, moment) -> {
            for (CaseFile file : RuleTesting.states(workflow, Editions.SHIPPED)) {
                AdviceContext context = moment.at(file.state());
                Advice advice = RuleTesting.shipped().advise(file, context);
                assertEquals(List.of(), advice.defects(), "the shipped edition suggested something a guard refused");
                ConsentOracle.check(file, advice);
                for (Suggestion suggestion : advice.suggestions()) {
                    // Only a response meeting finds: no suggestion records a decision or an appeal's outcome.
                    assertFalse(suggestion.action() instanceof Action.RecordDecision
                            || suggestion.action() instanceof Action.DecideAppeal,
                            () -> "rule \"" + suggestion.rule() + "\" suggested a finding: " + suggestion.action());
                    CaseFile after;
                    try {
                        after = Guards.apply(file, suggestion.action(), file.state().speaker(),
                                context.now().orElseThrow()).file();
                    } catch (ActionRefusedException refused) {
                        throw new AssertionError("I11: rule \"" + suggestion.rule() + "\" was advised although "
                                + refused.getMessage(), refused);
                    } catch (CaseTransitionException impossible) {
                        throw new AssertionError("rule \"" + suggestion.rule() + "\" suggested an impossible step: "
                                + impossible.getMessage(), impossible);
                    }
                    InvariantChecker.assertStep(file, after);
                }
                checkDeadlines(file, file.state(), context, advice);
            }
        });
        assertTrue(OPEN_WITHOUT_DEADLINE.get() > 100, "the workflows rarely reach an open case without a deadline");
    }

    @Test
    void I10_aCaseWhoseResponseDeadlinePassedIsEscalated() {
        int before = OVERDUE_CASES.get();
        qt(10).forAll(generators.workflows(0, 30), RuleTesting.moments()).checkAssert((workflow, moment) -> {
            for (CaseFile file : RuleTesting.states(workflow, Editions.SHIPPED)) {
                if (file.state().isClosed()) {
                    continue;
                }
                // Give the case a response deadline a minute ahead, then advise some time after it passed.
                Instant due = file.state().lastEventAt().plusSeconds(60);
                CaseFile withDeadline = Guards.apply(file, Action.SetDeadline.of(DeadlineKind.RESPONSE, due),
                        file.state().speaker(), file.state().lastEventAt()).file();
                AdviceContext context = AdviceContext.at(due.plus(moment.after()).plusSeconds(1))
                        .during(moment.phase());
                checkDeadlines(withDeadline, withDeadline.state(), context,
                        RuleTesting.shipped().advise(withDeadline, context));
            }
        });
        assertTrue(OVERDUE_CASES.get() - before > 500, "overdue cases reached: " + (OVERDUE_CASES.get() - before));
    }

    @Test
    void I10_aCaseAdvisedAfterItsResponseTimeFromArrivalIsEscalatedWithoutAnyRecordedDeadline_13() {
        int before = OVERDUE_WITHOUT_DEADLINE.get();
        qt(10).forAll(generators.workflows(0, 30), RuleTesting.moments()).checkAssert((workflow, moment) -> {
            for (CaseFile file : RuleTesting.states(workflow, Editions.SHIPPED)) {
                CaseState state = file.state();
                if (state.isClosed() || state.hasDeadline(DeadlineKind.RESPONSE)) {
                    continue;
                }
                // However late the case is first advised, the time runs from the report's arrival.
                Instant late = state.report().receivedAt().plus(Duration.ofDays(7)).plus(moment.after())
                        .plusSeconds(1);
                if (late.isBefore(state.lastEventAt())) {
                    continue;
                }
                AdviceContext context = AdviceContext.at(late).during(moment.phase());
                checkDeadlines(file, state, context, RuleTesting.shipped().advise(file, context));
            }
        });
        assertTrue(OVERDUE_WITHOUT_DEADLINE.get() - before > 100,
                "overdue cases without a recorded deadline reached: " + (OVERDUE_WITHOUT_DEADLINE.get() - before));
    }

    /**
     * I10, stated from seed 003 ("Forming a Response") and not from the rules: the response is due half a day after
     * a report that arrived while its event ran (by the case's event window, or the phase the caller gave when the
     * case has none) and a week after any other; an open case without a recorded deadline is given that one; a case
     * past it, or past a deadline the team recorded, is escalated, with or without a recorded deadline. A case taken
     * up again after closing as not identified (#15) counts from its latest reopening, read from the case file's
     * events, in the same way: half a day if the case's event window holds that moment (or, for a case without a
     * window, if the caller says the event runs), a week otherwise.
     */
    private static void checkDeadlines(CaseFile file, CaseState state, AdviceContext context, Advice advice) {
        Instant now = context.now().orElseThrow();
        boolean awaitingResponse = !state.isClosed() && !state.decisionCommunicated();
        Optional<Instant> reopened = Optional.empty();
        for (org.cocworkflow.core.casefile.CaseEvent event : file.events()) {
            if (event instanceof org.cocworkflow.core.casefile.ActionRecorded recorded
                    && recorded.action() instanceof Action.ReopenCase) {
                reopened = Optional.of(recorded.at());
            }
        }
        Instant arrived = reopened.orElse(state.report().receivedAt());
        boolean arrivedWhileEventRan = state.event()
                .map(window -> !arrived.isBefore(window.start()) && arrived.isBefore(window.end()))
                .orElse(context.phase().orElseThrow() == EventPhase.DURING_EVENT);
        Instant dueFromArrival = arrived.plus(arrivedWhileEventRan ? Duration.ofHours(12) : Duration.ofDays(7));
        if (awaitingResponse && !state.hasDeadline(DeadlineKind.RESPONSE)) {
            OPEN_WITHOUT_DEADLINE.incrementAndGet();
            assertTrue(advice.suggestions().stream().anyMatch(s -> s.action().equals(
                    Action.SetDeadline.of(DeadlineKind.RESPONSE, dueFromArrival))),
                    "I10: an open case without a response deadline is given one, counted from the report's arrival "
                            + "(or from its reopening)");
        }
        Instant recorded = state.deadlines().get(DeadlineKind.RESPONSE);
        boolean late = dueFromArrival.isBefore(now) || recorded != null && recorded.isBefore(now);
        if (awaitingResponse && late && state.appeals().isEmpty() && !state.victimDeclined()
                && !state.escalatedFor(EscalationReason.OVERDUE) && !nobodyToNotify(state)) {
            OVERDUE_CASES.incrementAndGet();
            if (recorded == null) {
                OVERDUE_WITHOUT_DEADLINE.incrementAndGet();
            }
            // The shipped advisor has no global organization in its settings (issue 15): the overdue case goes to the
            // configured lead, in a note, and nothing is escalated to a global organization that does not exist.
            assertTrue(advice.notes().stream().anyMatch(n -> n.rule().equals(OVERDUE_TO_LEAD)),
                    "I10: an overdue case is escalated");
            assertTrue(advice.suggestions().stream().noneMatch(s -> s.action()
                    instanceof Action.EscalateToGlobalOrganization),
                    "nothing escalates to a missing global organization");
        }
    }

    /**
     * Whether every accused of the case is one the report says could not be identified, so that nobody can be told
     * and the case is not escalated as overdue for that (issue 15); read from the report and the parties directly.
     */
    private static boolean nobodyToNotify(CaseState state) {
        if (!state.report().circumstances().contains(org.cocworkflow.core.report.Circumstance.ACCUSED_NOT_IDENTIFIED)) {
            return false;
        }
        java.util.Set<org.cocworkflow.core.party.PartyId> described = new java.util.HashSet<>();
        state.report().parties().stream().filter(p -> p.roles().contains(org.cocworkflow.core.party.CaseRole.ACCUSED))
                .forEach(p -> described.add(p.id()));
        List<org.cocworkflow.core.party.PartyId> accused = state.parties().stream()
                .filter(p -> p.roles().contains(org.cocworkflow.core.party.CaseRole.ACCUSED))
                .map(org.cocworkflow.core.party.Party::id).toList();
        return !accused.isEmpty() && described.containsAll(accused);
    }

    @Test
    void I11_whateverTheDrlSuggestsNoAdviceContainsAnActionAGuardRefuses() {
        AtomicInteger defects = new AtomicInteger();
        AtomicInteger suggestions = new AtomicInteger();
        AtomicInteger waiting = new AtomicInteger();
        qt(10).forAll(generators.workflows(0, 20), RuleTesting.moments()).checkAssert((workflow, moment) -> {
            for (CaseFile file : RuleTesting.states(workflow, mischiefEdition.id())) {
                Advice advice = mischief.advise(file, moment.at(file.state()));
                for (Suggestion suggestion : advice.suggestions()) {
                    Verdict verdict = Guards.check(suggestion.action(), file, advice.now());
                    assertInstanceOf(Verdict.Allowed.class, verdict, () -> "I11: rule \"" + suggestion.rule()
                            + "\" reached the advice with " + suggestion.action().summary() + ": " + verdict);
                }
                advice.defects().forEach(d -> assertTrue(d.reason().length() > 10, "a defect says why"));
                // An action held back for consent alone waits, its holders asked (issue 15), by the test's own table.
                waiting.addAndGet(ConsentOracle.check(file, advice));
                defects.addAndGet(advice.defects().size());
                suggestions.addAndGet(advice.suggestions().size());
            }
        });
        assertTrue(defects.get() > 1_000, "the mischievous edition's forbidden suggestions became defects");
        assertTrue(suggestions.get() > 0, "allowed suggestions of the same edition still came through");
        assertTrue(waiting.get() > 500, "actions waiting for consent reached: " + waiting.get());
    }

    @Test
    void theSameCaseContextAndMomentGiveTheSameAdviceOnTheModelOnTheDrlAndAfterAReload() {
        qt(20).forAll(generators.workflows(0, 30), RuleTesting.moments()).checkAssert((workflow, moment) -> {
            List<CaseFile> states = RuleTesting.states(workflow, Editions.SHIPPED);
            CaseFile file = states.get(states.size() - 1);
            AdviceContext context = moment.at(file.state());
            Advice first = RuleTesting.shipped().advise(file, context);
            assertEquals(first, RuleTesting.shipped().advise(file, context));
            // The engines may fire rules of equal salience in another order; what they advise is the same.
            for (Advisor other : List.of(RuleTesting.shippedFromDrl(), RuleTesting.shippedReloaded())) {
                Advice drl = other.advise(file, context);
                assertEquals(first.suggestions(), drl.suggestions());
                assertEquals(first.defects(), drl.defects());
                assertEquals(first.retention(), drl.retention());
                assertEquals(first.rulesFired().stream().sorted().toList(),
                        drl.rulesFired().stream().sorted().toList());
            }
        });
    }

    @Test
    void theMischievousEditionLoadsAsAnEditionOfItsOwn() {
        if (!mischief.editions().equals(List.of(PolicyEditionId.of("mischief-2026")))) {
            fail("the test edition did not load: " + mischief.editions());
        }
    }
}
