package org.cocworkflow.core.action;

/** Why a case goes to the global organization (seed 003, "Informing PyLadies Global"; seed 004). */
public enum EscalationReason {
    /** The accused is an organizer, event leader or response-team member: they cannot handle their own case. */
    ACCUSED_HANDLES_REPORTS,
    /** Every available team member has a conflict of interest. */
    NO_UNCONFLICTED_HANDLER,
    /** The case is past its response deadline. */
    OVERDUE,
    /** The local team asks for help, resources or advice. */
    REQUEST_FOR_HELP
}
