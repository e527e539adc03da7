package org.cocworkflow.core.action;

import org.cocworkflow.core.consent.RecipientClass;

/**
 * Someone outside the response team whom the team works through (issue 15; seed 004, "Reporting Harassment": the
 * harasser may be tied to the venue or a sponsor): a sponsor, vendor or employer present at the event asked to deal
 * with its own staff, or the venue's staff asked for a word or to keep watch. What they may hear of the incident is
 * decided by the victim's consent for the recipient class each maps to.
 */
public enum ThirdParty {
    /** A sponsor or vendor present at the event, asked to deal with a member of its staff. */
    SPONSOR_OR_VENDOR(RecipientClass.ACCUSED_EMPLOYER),
    /** The accused's employer, present at the event, asked to deal with its employee. */
    EMPLOYER_PRESENT(RecipientClass.ACCUSED_EMPLOYER),
    /** The venue's staff, asked for a word or to keep watch; they hear what venue security may hear. */
    VENUE_STAFF(RecipientClass.VENUE_SECURITY);

    private final RecipientClass recipient;

    ThirdParty(RecipientClass recipient) {
        this.recipient = recipient;
    }

    /**
     * Returns the recipient class whose consent decides what this third party may hear of the incident.
     *
     * @return the recipient class
     */
    public RecipientClass recipient() {
        return recipient;
    }

    /**
     * Tells whether the third party is asked to deal with a member of its own staff, who must then be named.
     *
     * @return true for a sponsor, vendor or employer
     */
    public boolean dealsWithItsStaff() {
        return this != VENUE_STAFF;
    }
}
