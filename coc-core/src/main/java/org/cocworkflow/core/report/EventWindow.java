package org.cocworkflow.core.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.cocworkflow.core.internal.Ids;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * When an event runs, by the event id that reports name in their space ({@link IncidentSpace#eventId()}). Seed 003,
 * "Forming a Response": what the team does, and how soon, depends on whether the event is still running; interim
 * measures on people at the event can be taken only while it runs. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEventWindow.class)
@JsonDeserialize(as = ImmutableEventWindow.class)
public interface EventWindow {
    /** @return the event's id, as in {@link IncidentSpace#eventId()} */
    String eventId();

    /** @return when it starts */
    Instant start();

    /** @return when it ends */
    Instant end();

    /**
     * Tells whether the event runs at a moment: from its start up to, not including, its end.
     *
     * @param at the moment
     * @return true while the event runs
     */
    default boolean runsAt(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    @Value.Check
    default void check() {
        Ids.check(eventId(), "an event id");
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
