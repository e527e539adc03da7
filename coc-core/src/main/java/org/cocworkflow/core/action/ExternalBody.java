package org.cocworkflow.core.action;

import org.cocworkflow.core.consent.RecipientClass;

/** An outside body the organizers can report the accused's conduct to (seed 003 "Employer reports"; seed 004). */
public enum ExternalBody {
    /** The accused's employer. */
    EMPLOYER(RecipientClass.ACCUSED_EMPLOYER),
    /** A professional body governing the accused. */
    PROFESSIONAL_BODY(RecipientClass.PROFESSIONAL_BODY),
    /** The accused's educational institution. */
    EDUCATIONAL_INSTITUTION(RecipientClass.EDUCATIONAL_INSTITUTION),
    /** The accused's internet service provider. */
    INTERNET_PROVIDER(RecipientClass.INTERNET_PROVIDER);

    private final RecipientClass recipient;

    ExternalBody(RecipientClass recipient) {
        this.recipient = recipient;
    }

    /**
     * Returns the recipient class a report to this body discloses to.
     *
     * @return the recipient class
     */
    public RecipientClass recipient() {
        return recipient;
    }
}
