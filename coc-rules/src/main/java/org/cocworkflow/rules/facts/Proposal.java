package org.cocworkflow.rules.facts;

import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.rules.Priority;
import org.immutables.value.Value;

/** What a rule proposed, before the guards judge it. */
@Value.Immutable
public interface Proposal {
    /** @return the proposing rule */
    RuleSource source();

    /** @return the proposed action */
    Action action();

    /** @return how soon */
    Priority priority();

    /** @return by when, if the rule set a time */
    Optional<Instant> deadline();
}
