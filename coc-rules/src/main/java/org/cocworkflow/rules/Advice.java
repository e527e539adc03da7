package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.retention.RetentionClass;
import org.immutables.value.Value;

/**
 * What the rules suggest for one case at one moment: the suggestions that passed the guards, most urgent first, the
 * {@link DecisionOption options} for the response meeting, the actions that {@link WaitingForConsent wait for
 * someone's consent}, and any rule defects. No suggestion records a finding:
 * the meeting decides (DESIGN, "Decision"). The same case, context and {@code now} always give the same advice.
 *
 * <p><b>Rule faults.</b> A rule that throws, rules that fire past {@link AdvisorOptions#firingLimit()} or a
 * request that runs past {@link AdvisorOptions#timeBudget()} do not make {@link Advisor#advise} throw: the advice
 * comes back with the {@link #faults() faults}, naming the rules, and says it is not {@link #complete() complete}.
 * It holds what the rules proposed up to the fault (after a throwing consequence the other rules go on firing),
 * and every suggestion in it has passed the guards like any other. Partial advice is returned rather than none
 * because a fault in one rule, often an author's local one, should not take away what the other rules, the
 * safety rules among them, have to say about the case; show the organizers that the advice is incomplete and
 * which rule failed, and have the rule fixed.
 */
@Value.Immutable
public interface Advice {
    /** @return the case */
    CaseId caseId();

    /** @return the edition the case was advised under: its own */
    PolicyEditionId edition();

    /** @return the moment the advice is for */
    Instant now();

    /** @return whether the case's event is running, over, or not an event */
    EventPhase phase();

    /** @return the suggestions, most urgent first */
    List<Suggestion> suggestions();

    /**
     * Returns the options the rules put before the response meeting, once the case is ready for its decision: no
     * violation, insufficient information, and the sanctions that fit the facts. They are material for the meeting;
     * the meeting records its own decision.
     *
     * @return the options, the lightest first: no violation, insufficient information, a violation without a
     *     sanction, then the sanctions in the catalogue's order
     */
    List<DecisionOption> options();

    /**
     * Returns what the rules have to say that is not an action on the case: a script for staff to use (seed 003,
     * "Dealing with upset attendees", with the contact to hand over), where a case goes that the team cannot handle,
     * a point for the meeting to check. The case file records none of them; an action that follows from one is
     * recorded as any other.
     *
     * @return the notes, one per rule, in rule-name order
     */
    List<Note> notes();

    /**
     * Returns the actions rules proposed that wait for someone's consent: the guards refused each for missing
     * consent of one recipient class and nothing else, and somebody can give it. For each, the suggestions ask every
     * holder not asked yet ({@link Suggestion#waitingRules()} names the rules whose actions the question serves). An
     * action whose holder answered no is not listed; an action refused for anything besides consent, or that nobody
     * can consent to, is a {@link #defects() defect} as before.
     *
     * @return the waiting actions, by rule name, then the action's summary
     */
    List<WaitingForConsent> waitingForConsent();

    /** @return suggestions a guard refused, which point at defects in the loaded rules */
    List<RuleDefect> defects();

    /** @return every rule that fired, in firing order */
    List<String> rulesFired();

    /** @return the retention class of the case's outcome, once the rules can tell it */
    Optional<RetentionClass> retention();

    /** @return why the rules did not finish, if they did not: each fault names its rules and no case content */
    List<RuleFault> faults();

    /**
     * Tells whether every rule that matched the case fired to the end. Incomplete advice may lack suggestions the
     * procedure calls for (those of the failed rule, or of rules that did not get to fire), so show it as such.
     *
     * @return true if there are no {@link #faults() faults}
     */
    default boolean complete() {
        return faults().isEmpty();
    }
}
