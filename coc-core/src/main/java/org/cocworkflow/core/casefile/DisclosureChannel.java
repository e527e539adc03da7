package org.cocworkflow.core.casefile;

/** Which action carried information out of the response team. */
public enum DisclosureChannel {
    /** A disclosure to a recipient class. */
    DISCLOSURE,
    /** Involving venue security, the police or emergency services. */
    SAFETY_AUTHORITY,
    /** A report to an employer, professional body, institution or provider. */
    EXTERNAL_BODY,
    /** Informing the global organization. */
    GLOBAL_ORGANIZATION,
    /** An announcement or public statement to the community. */
    ANNOUNCEMENT
}
