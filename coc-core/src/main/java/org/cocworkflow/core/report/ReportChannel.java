package org.cocworkflow.core.report;

/** How a report reached the organizers (seed 003, "Record Keeping"; seed 002 on anonymous channels). */
public enum ReportChannel {
    /** The published reporting form. */
    WEB_FORM,
    /** An anonymous form, e.g. an end-of-event survey. */
    ANONYMOUS_FORM,
    /** Told to an organizer in person and written down by them. */
    IN_PERSON,
    /** E-mail to the published contact. */
    EMAIL,
    /** A private message in a chat space. */
    CHAT,
    /** A phone call or hotline. */
    PHONE,
    /** Any other way. */
    OTHER
}
