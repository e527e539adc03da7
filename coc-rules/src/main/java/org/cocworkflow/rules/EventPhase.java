package org.cocworkflow.rules;

/**
 * Where a case's event stands at the moment of advice; deadlines depend on it (seed 003, "Forming a Response":
 * about half a day while the event runs, within the week after it).
 */
public enum EventPhase {
    /** The event has not started. */
    BEFORE_EVENT,
    /** The event is running. */
    DURING_EVENT,
    /** The event is over. */
    AFTER_EVENT,
    /** The case belongs to no event in the calendar, such as an online space. */
    NO_EVENT
}
