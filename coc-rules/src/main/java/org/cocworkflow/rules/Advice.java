package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.retention.RetentionClass;
import org.immutables.value.Value;

/**
 * What the rules suggest for one case at one moment: the suggestions that passed the guards, most urgent first,
 * and any rule defects. The same case, context and {@code now} always give the same advice.
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

    /** @return suggestions a guard refused, which point at defects in the loaded rules */
    List<RuleDefect> defects();

    /** @return every rule that fired, in firing order */
    List<String> rulesFired();

    /** @return the retention class of the case's outcome, once the rules can tell it */
    Optional<RetentionClass> retention();
}
