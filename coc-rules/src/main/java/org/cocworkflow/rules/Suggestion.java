package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.guard.Flag;
import org.immutables.value.Value;

/**
 * One thing the rules suggest the organizers do next: a typed action that has passed the guards, why, by when,
 * which rule suggested it and which section of the procedure it follows.
 */
@Value.Immutable
public interface Suggestion {
    /** @return the suggested action, allowed by the guards */
    Action action();

    /** @return how soon */
    Priority priority();

    /** @return by when, if the procedure sets a time */
    Optional<Instant> deadline();

    /** @return why, in the library's words */
    String reason();

    /** @return the name of the rule that suggested it */
    String rule();

    /** @return the procedure section the rule follows */
    String citation();

    /** @return heuristic flags the guards raised, for a person to look at */
    List<Flag> flags();

    /**
     * Returns the rules whose proposed actions wait for the consent this suggestion asks for (see
     * {@link Advice#waitingForConsent()}), in name order; empty for a suggestion that serves no waiting action.
     *
     * @return the rules, possibly none
     */
    List<String> waitingRules();
}
