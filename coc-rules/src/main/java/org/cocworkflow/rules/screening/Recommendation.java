package org.cocworkflow.rules.screening;

/** What to do with a registration after screening. */
public enum Recommendation {
    /** Nothing matched: register as usual. */
    ADMIT,
    /** A name matched a ban: the handler reviews quietly whether it is the same person before anything else. */
    REVIEW_QUIETLY,
    /** An identifier matched a ban in force: decline the registration without saying why. */
    DECLINE_QUIETLY
}
