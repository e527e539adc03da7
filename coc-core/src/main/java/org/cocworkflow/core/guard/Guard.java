package org.cocworkflow.core.guard;

import java.util.Optional;

/**
 * The guards, one per concern of the procedure, each with the invariant it upholds and the section it follows.
 * None can be switched off.
 */
public enum Guard {
    /** I1: nothing about the incident or the victim leaves the response team without the victim's consent. */
    CONSENT("I1", "seed 003, Things not to do: do not share details without specific permission from the victim"),
    /** The victim of private harassment decides whether further action is taken. */
    VICTIM_CHOICE(null, "seed 003, Reports of more private harassment"),
    /** I2: no message invites the victim to withdraw or asks them how to handle it or about penalties. */
    NO_COERCION("I2", "seed 003, Things not to do"),
    /** I3: no apology is required, requested or encouraged; a relayed apology is brief and asks nothing. */
    APOLOGY("I3", "seed 003, Don't require or encourage apologies"),
    /** I4: once everyone is assessed presently safe, law enforcement and security only at the victim's request. */
    LAW_ENFORCEMENT("I4", "seed 003, Threats to Physical Wellbeing and Law Enforcement"),
    /** I5: the meeting excludes complainant, accused and conflicted members; one handler talks to the parties; a
     * case against a team member or leader goes to the next authority. */
    MEETING_AND_CONFLICTS("I5", "seed 003, Receiving a Complaint, Meeting and Informing PyLadies Global"),
    /** Decision: a finding is made in a held response meeting, by recorded deciders, under the edition's decision
     * method and quorum; it reviews every interim measure; an appeal is made within the window or heard late for a
     * recorded reason, and is decided by named hearers. */
    DECISION("Decision", "seed 003, Meeting and Communicate with the harasser about the response"),
    /** I6: the accused is told and heard before a decision; the notice names the appeal contact; the accused
     * learns nothing that identifies the reporter without consent. */
    ACCUSED("I6", "seed 003, Communicate with the alleged harasser about the complaint, and about the response"),
    /** Interim measures are taken only while they can protect someone and only where the conduct calls for them. */
    INTERIM_MEASURES(null, "seed 003, Threats to Physical Wellbeing and Possible sanctions"),
    /** I7: every sanction meets its precondition and scope. */
    SANCTIONS("I7", "seed 003, Possible sanctions and Employer reports; seed 004, Other Avenues"),
    /** I8: announcements name no victim, the accused only where central, and carry no more than the nature of the
     * incident and the action taken. */
    COMMUNITY("I8", "seed 003, Communicating with your community"),
    /** A mandatory reporter says so, and offers confidential alternatives, before taking details. */
    MANDATORY_REPORTER(null, "seed 000, on mandatory reporters and confidential services"),
    /** Retaliation is linked to the case it retaliates for and weighs more. */
    RETALIATION(null, "seed 002, retaliation against those who report");

    private final String invariant;
    private final String citation;

    Guard(String invariant, String citation) {
        this.invariant = invariant;
        this.citation = citation;
    }

    /**
     * Returns the invariant of DESIGN the guard upholds.
     *
     * @return {@code I1} to {@code I8} or {@code Decision}, or empty for the guards that serve the procedure
     *     without one
     */
    public Optional<String> invariant() {
        return Optional.ofNullable(invariant);
    }

    /**
     * Returns the procedure section the guard follows.
     *
     * @return the citation
     */
    public String citation() {
        return citation;
    }
}
