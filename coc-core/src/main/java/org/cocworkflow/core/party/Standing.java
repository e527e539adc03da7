package org.cocworkflow.core.party;

/**
 * A person's position in the community or the event, independent of any one case.
 *
 * <p>Standings decide which sanctions can apply (seed 003, "Possible sanctions": speakers, volunteers, members),
 * who must not handle a case (a report against an organizer goes to the global organization, seed 003 "Informing
 * PyLadies Global"), and whether the accused may be named publicly (only a central figure, seed 003 "Level of
 * detail").
 */
public enum Standing {
    /** Organizes the event or local community. */
    ORGANIZER,
    /** Leads the event or the organization (seed 003: "the harasser is the event leader"). */
    EVENT_LEADER,
    /** Member of the organization's Code of Conduct response team. */
    RESPONSE_TEAM_MEMBER,
    /** Acts for the global organization that oversees local groups. */
    GLOBAL_ORGANIZATION,
    /** Paid event staff. */
    PAID_STAFF,
    /** Holds event volunteer responsibilities and privileges. */
    VOLUNTEER,
    /** Gives a talk at the event. */
    SPEAKER,
    /** Represents a sponsor, for example at a booth. */
    SPONSOR_REPRESENTATIVE,
    /** Works for the venue host. */
    VENUE_STAFF,
    /** Attends the event or takes part in the online space. */
    ATTENDEE,
    /** Member of the organization (membership can be removed, seed 003). */
    ORGANIZATION_MEMBER,
    /** A person very central to the community, such as core conference staff (seed 003, "Level of detail"). */
    CENTRAL_FIGURE;

    /**
     * Tells whether a person with this standing takes part in handling reports, so that a report against them
     * must not be handled by them and goes to the next authority.
     *
     * @return true for organizers, event leaders and response-team members
     */
    public boolean handlesReports() {
        return this == ORGANIZER || this == EVENT_LEADER || this == RESPONSE_TEAM_MEMBER;
    }
}
