package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.guard.Guard;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.core.screening.ImmutableScreening;
import org.cocworkflow.core.screening.Screening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariant I11 for rules that fail rather than suggest: a consequence that throws, a condition that throws, rules
 * that loop past the firing limit and a request past its time budget each come back as a typed {@link RuleFault}
 * naming the rule, never as an exception of the rule engine; the rest of the advice comes back guarded and marked
 * incomplete, and the session that failed serves the next request as if nothing had happened. Each failing rule
 * fires only on a case of its own id, so one edition holds them all.
 */
class RuleFaultsTest {
    private static final Instant NOW = Instant.parse("2026-05-14T20:00:00Z");
    private static final AdviceContext DURING = AdviceContext.at(NOW).during(EventPhase.DURING_EVENT);
    private static final String DRL = """
            package org.cocworkflow.rules.faults;

            import java.util.concurrent.atomic.AtomicLong;
            import org.cocworkflow.core.action.Action;
            import org.cocworkflow.core.action.MessageIntent;
                        import org.cocworkflow.core.casefile.CaseState;
            import org.cocworkflow.core.party.CaseRole;
            import org.cocworkflow.core.party.Party;
            import org.cocworkflow.core.report.Report;
            import org.cocworkflow.rules.Priority;
            import org.cocworkflow.rules.facts.PreparationReview;
            import org.cocworkflow.core.screening.Screening;

            global org.cocworkflow.rules.facts.Suggestions suggest;

            rule "Checks in with the reporter first"
                @cite("test") @why("harmless")
                salience 10
            when
                CaseState( closed == false )
                $reporter : Party( roles contains CaseRole.REPORTER )
            then
                suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.CHECK_IN), Priority.NORMAL);
            end

            rule "Acknowledges the report last"
                @cite("test") @why("harmless")
                salience -10
            when
                CaseState( closed == false )
                $reporter : Party( roles contains CaseRole.REPORTER )
            then
                suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.ACKNOWLEDGE_REPORT),
                        Priority.HIGH);
            end

            rule "Throws after a forbidden suggestion"
                @cite("test") @why("test")
            when
                CaseState( caseId.value == "throws" )
                $reporter : Party( roles contains CaseRole.REPORTER )
                $report : Report()
            then
                suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.INVITE_WITHDRAWAL),
                        Priority.HIGH);
                throw new IllegalStateException("cannot handle " + $report.description());
            end

            rule "Reads a description the accused was never given"
                @cite("test") @why("test")
            when
                $case : CaseState( caseId.value == "condition" )
                Party( roles contains CaseRole.ACCUSED, description.get() != $case.caseId().value() )
            then
                suggest.note(drools);
            end

            rule "Starts counting"
                @cite("test") @why("test")
            when
                CaseState( caseId.value == "loops" )
            then
                insert(new AtomicLong(0));
            end

            rule "Counts forever"
                @cite("test") @why("test")
            when
                $n : AtomicLong()
            then
                insert(new AtomicLong($n.get() + 1));
            end

            rule "Screens and throws"
                @cite("test") @why("test")
            when
                Screening()
            then
                throw new UnsupportedOperationException("no screening here");
            end

            rule "Finds the reporting form missing"
                @cite("test") @why("harmless")
            when
                PreparationReview()
            then
                suggest.note(drools);
            end

            rule "Reviews the preparations and throws"
                @cite("test") @why("test")
            when
                PreparationReview()
            then
                throw new ArithmeticException("no review here");
            end
            """;
    private static final Edition EDITION = RuleTesting.drlEdition("faults-2026", DRL);
    private static Advisor advisor;

    @BeforeAll
    static void load() {
        advisor = Advisor.create(AdvisorOptions.builder().addEditions(EDITION).sessionPoolSize(1).build());
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void I11_aConsequenceThatThrowsIsAFaultNamingTheRuleAndTheOtherRulesStillFire() {
        Advice advice = advisor.advise(onCase("throws"), DURING);

        assertEquals(List.of(ImmutableConsequenceFailed.builder().rule("Throws after a forbidden suggestion")
                .exceptionType("java.lang.IllegalStateException").times(1).build()), advice.faults());
        assertFalse(advice.complete());
        assertEquals(List.of("message reporter: ACKNOWLEDGE_REPORT", "message reporter: CHECK_IN"),
                summaries(advice), "the rules before and after the failed one still advise");
        RuleDefect defect = advice.defects().get(0);
        assertEquals(List.of("Throws after a forbidden suggestion", Guard.NO_COERCION.name()),
                List.of(defect.rule(), defect.guard().name()),
                "what the failed consequence proposed before it threw was judged by the guards");
        assertEquals(1, advice.defects().size());
    }

    @Test
    void I11_aConditionThatThrowsIsAFaultNamingTheRule() {
        Advice advice = advisor.advise(onCase("condition"), DURING);

        RuleFault fault = advice.faults().get(0);
        assertInstanceOf(RuleFault.ConditionFailed.class, fault);
        assertEquals(List.of("Reads a description the accused was never given"), fault.rules());
        assertEquals("java.util.NoSuchElementException", ((RuleFault.ConditionFailed) fault).exceptionType());
        assertEquals(1, advice.faults().size());
        assertFalse(advice.complete());
    }

    @Test
    void I11_rulesThatLoopAreStoppedAtTheFiringLimitNamingTheRuleThatFiredMost() {
        Advice advice = advisor.advise(onCase("loops"), DURING);

        assertEquals(List.of(ImmutableFiringLimitReached.builder().limit(AdvisorOptions.DEFAULT_FIRING_LIMIT)
                .firings(AdvisorOptions.DEFAULT_FIRING_LIMIT - 2).addRules("Counts forever").build()),
                advice.faults(), "10,000 firings: the first rule, the one that starts counting, the rest counting");
        assertEquals(AdvisorOptions.DEFAULT_FIRING_LIMIT, advice.rulesFired().size());
        assertTrue(summaries(advice).contains("message reporter: CHECK_IN"),
                "what the rules proposed before the loop took over still comes back");
        assertFalse(advice.complete());
    }

    @Test
    void I11_aRequestPastItsTimeBudgetIsStoppedNamingTheRuleThatFiredLast() {
        AtomicLong nanos = new AtomicLong();
        // Each reading of the ticker is a millisecond later: the budget runs out after a fixed number of firings.
        try (Advisor timed = Advisor.create(AdvisorOptions.builder().addEditions(EDITION).sessionPoolSize(1)
                .timeBudget(Duration.ofMillis(20)).ticker(() -> nanos.addAndGet(1_000_000)).build())) {
            Advice advice = timed.advise(onCase("loops"), DURING);

            RuleFault.TimeBudgetExceeded fault = assertInstanceOf(RuleFault.TimeBudgetExceeded.class,
                    advice.faults().get(0));
            assertEquals(Duration.ofMillis(20), fault.budget());
            assertEquals("Counts forever", fault.rule());
            assertEquals(advice.rulesFired().size(), fault.firings());
            assertEquals(21, fault.firings(), "stopped after the firing that took the 21st millisecond");
            assertEquals(1, advice.faults().size());

            Advice next = timed.advise(onCase("fine"), DURING);
            assertTrue(next.complete(), "the stopped session serves the next request: " + next.faults());
            assertEquals(2, next.suggestions().size());
        }
    }

    @Test
    void aSessionThatFailedServesTheNextRequestAsIfNothingHadHappened() {
        Advice before = advisor.advise(onCase("fine"), DURING);
        for (String failing : List.of("throws", "condition", "loops")) {
            assertFalse(advisor.advise(onCase(failing), DURING).complete());
            Advice after = advisor.advise(onCase("fine"), DURING);
            assertEquals(before, after, "after the case " + failing + " the one session of the pool is sound");
        }
        assertTrue(before.complete());
        assertEquals(List.of("message reporter: ACKNOWLEDGE_REPORT", "message reporter: CHECK_IN"),
                summaries(before));
    }

    @Test
    void aScreeningWhoseRulesFailThrowsARuleFaultExceptionNamingTheRule() {
        Screening screening = ImmutableScreening.builder().at(NOW).eventId("conf-2026").build();

        RuleFaultException e = assertThrows(RuleFaultException.class, () -> advisor.screen(screening));

        assertEquals(EDITION.id(), e.edition());
        assertEquals(List.of(ImmutableConsequenceFailed.builder().rule("Screens and throws")
                .exceptionType("java.lang.UnsupportedOperationException").times(1).build()), e.faults());
        assertTrue(e.getMessage().contains("rule \"Screens and throws\" threw java.lang.UnsupportedOperationException"),
                e.getMessage());
        assertFalse(e.getMessage().contains("no screening here"), "the exception's own message is left out");
    }

    @Test
    void aReviewWhoseRulesFailKeepsTheOtherNotesAndSaysItIsIncomplete() {
        Review review = advisor.prepare(NOW);

        assertEquals(List.of("Finds the reporting form missing"), review.notes().stream().map(Note::rule).toList());
        assertEquals(List.of("Reviews the preparations and throws"), review.faults().get(0).rules());
        assertFalse(review.complete());
        assertTrue(advisor.evaluate(List.of(), NOW).complete(), "no rule of the edition looks back on cases");
    }

    @Test
    void theBoundsHaveDefaultsAndRefuseNonsense() {
        AdvisorOptions defaults = AdvisorOptions.defaults();
        assertEquals(10_000, defaults.firingLimit());
        assertEquals(Duration.ofSeconds(5), defaults.timeBudget());
        long before = System.nanoTime();
        assertTrue(defaults.ticker().getAsLong() - before >= 0, "the default ticker is the JVM's nanosecond clock");
        assertThrows(InvalidValueException.class, () -> AdvisorOptions.builder().firingLimit(0).build());
        assertThrows(InvalidValueException.class, () -> AdvisorOptions.builder().timeBudget(Duration.ZERO)
                .build());
    }

    @Test
    void aFaultDescribesItselfWithoutTheExceptionsMessage() {
        RuleFault fault = advisor.advise(onCase("throws"), DURING).faults().get(0);
        assertEquals("rule \"Throws after a forbidden suggestion\" threw java.lang.IllegalStateException in its "
                + "consequence; its firing was skipped", fault.describe());
        assertFalse(fault.toString().contains(Samples.privateHarassment().description()), fault::toString);
    }

    @Test
    void anEditionThatDeclaresNoSuggestGlobalIsAdvisedAsAnyOther() {
        Edition silent = RuleTesting.drlEdition("silent-2026", """
                package org.cocworkflow.rules.silent;

                import org.cocworkflow.core.casefile.CaseState;

                rule "Looks at the case and says nothing"
                    @cite("test") @why("test")
                when
                    CaseState()
                then
                end
                """);
        try (Advisor quiet = Advisor.create(AdvisorOptions.builder().addEditions(silent).build())) {
            Advice advice = quiet.advise(RuleTesting.opened(Samples.privateHarassment(), "case-1", silent.id()),
                    DURING);
            assertEquals(List.of("Looks at the case and says nothing"), advice.rulesFired());
            assertTrue(advice.complete());
        }
    }

    private static CaseFile onCase(String caseId) {
        return RuleTesting.opened(Samples.privateHarassment(), caseId, EDITION.id());
    }

    private static List<String> summaries(Advice advice) {
        return advice.suggestions().stream().map(Suggestion::action).map(Action::summary).sorted().toList();
    }
}
