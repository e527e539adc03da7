package org.cocworkflow.rules.facts;

import java.time.Instant;
import org.cocworkflow.rules.EventPhase;
import org.immutables.value.Value;

/**
 * The moment the advice is for, and where the case's event stands at that moment. Rules read time only from this
 * fact, never from a clock, so the same case and moment always give the same advice.
 */
@Value.Immutable
public interface Now {
    /** @return the moment */
    Instant instant();

    /** @return where the case's event stands */
    EventPhase phase();

    /**
     * Creates the fact.
     *
     * @param instant the moment
     * @param phase where the event stands
     * @return the fact
     */
    static Now of(Instant instant, EventPhase phase) {
        return ImmutableNow.builder().instant(instant).phase(phase).build();
    }
}
