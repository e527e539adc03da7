package org.cocworkflow.rules;

import java.time.Instant;
import org.cocworkflow.rules.internal.Require;
import org.immutables.value.Value;

/** When an event runs, by the event id that reports name in their space. */
@Value.Immutable
public interface EventWindow {
    /** @return the event's id, as in {@link org.cocworkflow.core.report.IncidentSpace#eventId()} */
    String eventId();

    /** @return when it starts */
    Instant start();

    /** @return when it ends */
    Instant end();

    @Value.Check
    default void check() {
        Require.that(!end().isBefore(start()), "an event cannot end before it starts");
    }

    /**
     * Creates a window.
     *
     * @param eventId the event's id
     * @param start when it starts
     * @param end when it ends
     * @return the window
     */
    static EventWindow of(String eventId, Instant start, Instant end) {
        return ImmutableEventWindow.builder().eventId(eventId).start(start).end(end).build();
    }
}
