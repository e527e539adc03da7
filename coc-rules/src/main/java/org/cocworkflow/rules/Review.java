package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.immutables.value.Value;

/**
 * What a look at the organization's preparations (seed 003, "Preparation") or back at past cases (seed 003,
 * "Evaluation") found, as notes, with the rules that fired.
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
}
