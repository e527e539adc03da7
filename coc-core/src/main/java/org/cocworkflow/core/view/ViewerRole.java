package org.cocworkflow.core.view;

/** Who looks at a case, and so what they may see. */
public enum ViewerRole {
    /** The designated handler: the whole case. */
    HANDLER,
    /** A member of the case's response team without a conflict of interest: the whole case. */
    RESPONSE_TEAM_MEMBER,
    /** A team member with a conflict of interest: only that the case exists (seed 003, "Meeting"). */
    CONFLICTED_MEMBER,
    /** The global organization: the whole case when it handles it, otherwise the nature, the outcome, the
     * accused, and what the victim consented to (seed 003, "Informing PyLadies Global"). */
    GLOBAL_ORGANIZATION,
    /** An accused party, once told of the complaint: what was said to them, the decision about them, and what the
     * victim and reporter consented to (invariant I6). */
    ACCUSED,
    /** The community: the announcements, nothing else (invariant I8). */
    COMMUNITY
}
