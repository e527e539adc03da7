package org.cocworkflow.core.report;

/** A body the reporter may already have told (seed 004, "Sample Written Report": already separately reported). */
public enum OtherAuthority {
    /** The police or other law enforcement. */
    LAW_ENFORCEMENT,
    /** The accused's employer. */
    EMPLOYER,
    /** A professional body. */
    PROFESSIONAL_BODY,
    /** An educational institution. */
    EDUCATIONAL_INSTITUTION,
    /** An internet service provider. */
    INTERNET_PROVIDER,
    /** The venue host. */
    VENUE,
    /** The global organization. */
    GLOBAL_ORGANIZATION,
    /** Another body. */
    OTHER
}
