package org.cocworkflow.core.action;

/** How a case ended. */
public enum Resolution {
    /** A decision was made and carried out. */
    ACTION_TAKEN,
    /** The team found no violation. */
    NO_VIOLATION_FOUND,
    /** There was not enough information to act. */
    INSUFFICIENT_INFORMATION,
    /** The victim did not want further action (seed 003, "Reports of more private harassment"). */
    NO_FURTHER_ACTION_AT_VICTIMS_WISH,
    /** The global organization took the case over. */
    HANDED_TO_GLOBAL_ORGANIZATION,
    /** The report duplicated another case, which carries on. */
    DUPLICATE,
    /** Nobody could identify the person the report describes (a shout from the audience, a stranger without a
     * badge); the reporter was told. If the person is identified later, the case is taken up again with {@link
     * Action.ReopenCase}, the only closing that can be reopened. */
    NOT_IDENTIFIED
}
