package org.cocworkflow.core.action;

/** How the community hears about an incident (seed 003, "Communicating with your community"). */
public enum AnnouncementKind {
    /** A short announcement at the next plenary, then on with the program ("Informing attendees"). */
    NEXT_PLENARY,
    /** A message in the community's own channel. */
    COMMUNITY_CHANNEL,
    /** A public statement, usually after the event ("Public response"). */
    PUBLIC_STATEMENT
}
