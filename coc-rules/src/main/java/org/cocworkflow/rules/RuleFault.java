package org.cocworkflow.rules;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * Why the rules of an edition did not finish a request: a rule's condition or consequence threw, the rules fired as
 * often as the advisor allows for one request, or the request ran past its time budget (invariant I11: whatever DRL
 * is loaded, its faults reach the embedder as these values, never as an exception of the rule engine).
 *
 * <p>A fault names rules and the class of what was thrown, never the exception's message, which may quote case
 * content; {@link #describe()} says it in words. The type is sealed: its four kinds are all there is. Values are
 * immutable and thread-safe.
 */
public sealed interface RuleFault permits RuleFault.ConsequenceFailed, RuleFault.ConditionFailed,
        RuleFault.FiringLimitReached, RuleFault.TimeBudgetExceeded {

    /**
     * Returns the rules the fault is about.
     *
     * @return their names, possibly none when the engine did not say which rule failed
     */
    List<String> rules();

    /**
     * Describes the fault without case content, e.g. {@code rule "X" threw java.lang.IllegalStateException in its
     * consequence}.
     *
     * @return the description
     */
    String describe();

    /**
     * A rule's consequence threw. The firing is skipped and the other rules go on firing, so the request still
     * finishes; what the failed consequence had proposed before it threw is kept and judged by the guards.
     */
    @Value.Immutable
    non-sealed interface ConsequenceFailed extends RuleFault {
        /** @return the rule whose consequence threw */
        String rule();

        /** @return the fully qualified class name of what it threw; the message is left out */
        String exceptionType();

        /** @return how often its consequence threw in this request */
        int times();

        @Override
        default List<String> rules() {
            return List.of(rule());
        }

        @Override
        default String describe() {
            return "rule \"" + rule() + "\" threw " + exceptionType() + " in its consequence"
                    + (times() > 1 ? " (" + times() + " times)" : "") + "; its firing was skipped";
        }

        @Value.Check
        default void check() {
            if (times() < 1) {
                throw new IllegalStateException("times must be at least 1: a consequence that failed failed once");
            }
        }
    }

    /**
     * A rule's condition threw while the engine matched the facts against it (for example a condition that reads
     * an empty {@code Optional}). The engine cannot go on after that, so the rules stop where they were.
     */
    @Value.Immutable
    non-sealed interface ConditionFailed extends RuleFault {
        /** @return the rules whose condition the engine was evaluating, by name; none if it did not say */
        @Override
        List<String> rules();

        /** @return the fully qualified class name of the underlying failure; the message is left out */
        String exceptionType();

        @Override
        default String describe() {
            String which = rules().isEmpty() ? "a rule's condition"
                    : "the condition of rule " + String.join(", ", rules().stream().map(r -> "\"" + r + "\"")
                            .toList());
            return which + " threw " + exceptionType() + "; the rules stopped there";
        }
    }

    /**
     * The rules fired as often as {@link AdvisorOptions#firingLimit()} allows for one request, which a sound edition
     * never does: a rule probably loops (for example by inserting a fact that makes it match again). The rules
     * stopped there.
     */
    @Value.Immutable
    non-sealed interface FiringLimitReached extends RuleFault {
        /** @return the limit that was reached */
        int limit();

        /** @return the rules that fired most often, by name; usually the one that loops */
        @Override
        List<String> rules();

        /** @return how often each of those rules fired */
        int firings();

        @Override
        default String describe() {
            return "the rules fired " + limit() + " times for one request, rule " + String.join(", ",
                    rules().stream().map(r -> "\"" + r + "\"").toList()) + " " + firings()
                    + " times; a rule probably loops, and the rules were stopped";
        }
    }

    /**
     * The request ran past {@link AdvisorOptions#timeBudget()}; the rules were stopped after the firing that was
     * under way.
     */
    @Value.Immutable
    non-sealed interface TimeBudgetExceeded extends RuleFault {
        /** @return the budget */
        Duration budget();

        /** @return the rule that fired last before the rules were stopped */
        String rule();

        /** @return how many firings there were until then */
        int firings();

        @Override
        default List<String> rules() {
            return List.of(rule());
        }

        @Override
        default String describe() {
            return "the rules ran past their time budget of " + budget() + " after " + firings() + " firings, the "
                    + "last of rule \"" + rule() + "\", and were stopped";
        }
    }
}
