package org.cocworkflow.core.party;

/**
 * The part a person plays in one case.
 *
 * <p>A person can hold several roles (a reporter is often also the target). The incident roles come from the
 * report (seed 003, "Receiving a Complaint"); the handling roles from the response team (seed 003, "Receiving a
 * Complaint": a designated person handles the conversation; "Meeting": a small group decides).
 */
public enum CaseRole {
    /** The person who made the report; absent for anonymous reports. */
    REPORTER,
    /** A person the conduct was directed at: the victim, whose consent governs disclosure. */
    TARGET,
    /** A person whose conduct is reported. */
    ACCUSED,
    /** A person who saw or heard the conduct. */
    WITNESS,
    /** Another person involved in the incident (seed 003: "other people involved"). */
    INVOLVED,
    /** A member of the response team working on this case. */
    RESPONSE_TEAM_MEMBER,
    /** The one designated person who talks to the parties; derived from the handler assignment. */
    HANDLER;

    /**
     * Tells whether the role belongs to the incident rather than to its handling.
     *
     * @return true for reporter, target, accused, witness and involved
     */
    public boolean isIncidentRole() {
        return this != RESPONSE_TEAM_MEMBER && this != HANDLER;
    }
}
