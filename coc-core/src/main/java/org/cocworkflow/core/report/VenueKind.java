package org.cocworkflow.core.report;

/** The kinds of body a reporter can ask for action, each with its own catalogue (seed 004). */
public enum VenueKind {
    /** A meetup or other in-person organized event. */
    IN_PERSON_EVENT,
    /** An online service: chat, forum, subreddit. */
    ONLINE_SERVICE,
    /** The accused's employer. */
    EMPLOYER,
    /** A professional body such as a medical board or bar association. */
    PROFESSIONAL_BODY,
    /** An educational institution. */
    EDUCATIONAL_INSTITUTION,
    /** An internet service provider. */
    INTERNET_PROVIDER
}
