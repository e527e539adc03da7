package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.immutables.value.Value;

/**
 * What a look at the organization's preparations (seed 003, "Preparation") or back at past cases (seed 003,
 * "Evaluation") found, as notes, with the rules that fired. Like {@link Advice}, a review whose rules did not
 * finish comes back with its {@link #faults() faults} and the notes found until then, and says it is not
 * {@link #complete() complete}.
 */
@Value.Immutable
public interface Review {
    /** @return the edition whose rules reviewed */
    PolicyEditionId edition();

    /** @return the moment of the review */
    Instant now();

    /** @return the notes, one per rule, in rule-name order */
    List<Note> notes();

    /** @return every rule that fired, in firing order */
    List<String> rulesFired();

    /** @return why the rules did not finish, if they did not: each fault names its rules and no case content */
    List<RuleFault> faults();

    /**
     * Tells whether every rule that matched fired to the end.
     *
     * @return true if there are no {@link #faults() faults}
     */
    default boolean complete() {
        return faults().isEmpty();
    }
}
