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
    OTHER;

    /**
     * Tells whether the report was spoken, in person or by phone: then the organizer writes the complaint down
     * (seed 003, "Receiving a Complaint": "If the report was given verbally ... write down the complaint yourself").
     *
     * @return true for {@link #IN_PERSON} and {@link #PHONE}
     */
    public boolean isSpoken() {
        return this == IN_PERSON || this == PHONE;
    }

    /**
     * Tells whether the reporter wrote the report themselves, through a form, e-mail or chat.
     *
     * @return true for {@link #WEB_FORM}, {@link #ANONYMOUS_FORM}, {@link #EMAIL} and {@link #CHAT}
     */
    public boolean isWritten() {
        return this == WEB_FORM || this == ANONYMOUS_FORM || this == EMAIL || this == CHAT;
    }
}
