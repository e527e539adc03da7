package org.cocworkflow.core.action;

/**
 * Who hears a reminder of the code of conduct (seed 003, "Informing attendees": "a good time for all attendees to
 * review our policy"). A reminder carries no incident details and no names, so it needs no consent and no finding.
 */
public enum ReminderAudience {
    /** Everyone attending the event: a plenary, the event's channels. */
    ALL_ATTENDEES,
    /** The members of the community or online space, with or without an event. */
    ALL_MEMBERS,
    /** The people in the room of a session still going on, corrected at once by the session chair. */
    THE_ROOM
}
