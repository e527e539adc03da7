package org.cocworkflow.rules;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The circumstances of one request for advice: the moment it is for, if not the advisor's clock's now, and where
 * the case's event stands, if the caller knows it better than the advisor's calendar.
 */
@Value.Immutable
public interface AdviceContext {
    /** @return the moment to advise for; the advisor's clock when empty */
    Optional<Instant> now();

    /** @return where the case's event stands; from the advisor's calendar when empty */
    Optional<EventPhase> phase();

    /**
     * Returns this context with the event's phase given.
     *
     * @param phase where the case's event stands
     * @return the context
     */
    default AdviceContext during(EventPhase phase) {
        return ImmutableAdviceContext.builder().now(now()).phase(phase).build();
    }

    /**
     * Returns a context for the advisor's present moment.
     *
     * @return the context
     */
    static AdviceContext current() {
        return ImmutableAdviceContext.builder().build();
    }

    /**
     * Returns a context for a given moment, as rules read an explicit {@code now} and never the wall clock.
     *
     * @param now the moment
     * @return the context
     */
    static AdviceContext at(Instant now) {
        return ImmutableAdviceContext.builder().now(now).build();
    }
}
