package org.cocworkflow.rules.facts;

import java.time.Duration;
import java.time.Instant;
import org.cocworkflow.rules.EventPhase;
import org.immutables.value.Value;

/**
 * When the report that opened the case arrived, and where the case's event stood at that moment; for a case taken up
 * again after closing as not identified, its reopening instead (issue 15), since its response time counts again from
 * there. The response deadline counts from here, in the phase of that moment (seed 003, "Forming a Response": about
 * half a day while the event runs, within the week otherwise), whether or not the team recorded a deadline and
 * however late the case is first advised. Immutable and thread-safe.
 */
@Value.Immutable
public interface Arrival {
    /** @return when the report arrived */
    Instant instant();

    /** @return where the case's event stood when the report arrived */
    EventPhase phase();

    /**
     * Returns when the response falls due, counted from the arrival in the phase of that moment.
     *
     * @param whileEventRuns the response time for a report that arrived while the event ran
     * @param otherwise the response time for a report that arrived at any other time
     * @return the arrival plus the response time of its phase
     */
    default Instant responseDue(Duration whileEventRuns, Duration otherwise) {
        return instant().plus(phase() == EventPhase.DURING_EVENT ? whileEventRuns : otherwise);
    }

    /**
     * Creates the fact.
     *
     * @param instant when the report arrived
     * @param phase where the event stood then
     * @return the fact
     */
    static Arrival of(Instant instant, EventPhase phase) {
        return ImmutableArrival.builder().instant(instant).phase(phase).build();
    }
}
