package org.cocworkflow.core.action;

/**
 * Why a case closed as {@link Resolution#NOT_IDENTIFIED} is taken up again ({@link Action.ReopenCase}, issue 15).
 * Only such a case can be reopened; a case closed for any other reason is followed by a new case linked to it.
 */
public enum ReopenReason {
    /**
     * The person the report describes was identified after the case closed (a staff member recognised them, another
     * report named them). The team adds them as an accused party, who is then told of the complaint and heard.
     */
    PERSON_IDENTIFIED
}
