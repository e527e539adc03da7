package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.report.EventWindow;
import org.immutables.value.Value;

/** The organization's events and when they run, for the deadlines of seed 003, "Forming a Response". */
@Value.Immutable
public abstract class EventCalendar {
    EventCalendar() {
        // only the generated implementation extends this class
    }

    /** @return the events */
    public abstract List<EventWindow> events();

    /**
     * Returns an empty calendar: every case is outside any event.
     *
     * @return the calendar
     */
    public static EventCalendar empty() {
        return ImmutableEventCalendar.builder().build();
    }

    /**
     * Returns a calendar of the given events.
     *
     * @param events the events
     * @return the calendar
     */
    public static EventCalendar of(EventWindow... events) {
        return ImmutableEventCalendar.builder().addEvents(events).build();
    }

    /**
     * Tells where an event stands at a moment.
     *
     * @param eventId the case's event, if any
     * @param now the moment
     * @return the phase; {@link EventPhase#NO_EVENT} when the calendar does not know the event
     */
    public EventPhase phase(Optional<String> eventId, Instant now) {
        Optional<EventWindow> window = window(eventId);
        if (window.isEmpty()) {
            return EventPhase.NO_EVENT;
        }
        if (now.isBefore(window.get().start())) {
            return EventPhase.BEFORE_EVENT;
        }
        // The event's end is the first moment after it, as for the window a case carries (EventWindow.runsAt).
        return window.get().runsAt(now) ? EventPhase.DURING_EVENT : EventPhase.AFTER_EVENT;
    }

    /**
     * Returns when an event runs, as the calendar knows it.
     *
     * @param eventId the event's id, if the case names one
     * @return the event's window; empty when the calendar does not know the event
     */
    public Optional<EventWindow> window(Optional<String> eventId) {
        return eventId.flatMap(id -> events().stream().filter(e -> e.eventId().equals(id)).findFirst());
    }
}
