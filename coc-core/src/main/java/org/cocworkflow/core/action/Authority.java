package org.cocworkflow.core.action;

import org.cocworkflow.core.consent.RecipientClass;

/** The safety services an organizer can involve (seed 003, "Threats to Physical Wellbeing", "Law Enforcement"). */
public enum Authority {
    /** The venue's security staff. */
    VENUE_SECURITY(RecipientClass.VENUE_SECURITY),
    /** The police. */
    POLICE(RecipientClass.LAW_ENFORCEMENT),
    /** Ambulance and other emergency services. */
    EMERGENCY_SERVICES(RecipientClass.EMERGENCY_SERVICES);

    private final RecipientClass recipient;

    Authority(RecipientClass recipient) {
        this.recipient = recipient;
    }

    /**
     * Returns the recipient class that involving this authority discloses to.
     *
     * @return the recipient class
     */
    public RecipientClass recipient() {
        return recipient;
    }
}
