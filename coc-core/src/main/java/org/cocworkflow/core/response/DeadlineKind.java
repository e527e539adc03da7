package org.cocworkflow.core.response;

/**
 * The deadlines a case can carry. Seed 003 ("Forming a Response"): act as soon as reasonably possible; during an
 * event within about half a day, after it within the same week or sooner.
 */
public enum DeadlineKind {
    /** Acknowledge the report to the reporter. */
    ACKNOWLEDGEMENT,
    /** Decide on a response and tell the accused. */
    RESPONSE,
    /** Tell the reporter what was done. */
    REPORTER_FOLLOW_UP,
    /** Decide a pending appeal. */
    APPEAL_DECISION
}
