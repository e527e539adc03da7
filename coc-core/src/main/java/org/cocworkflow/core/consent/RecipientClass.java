package org.cocworkflow.core.consent;

/**
 * Who, outside the case's response team, could receive incident details or a person's identity. Consent is given
 * and revoked per class.
 */
public enum RecipientClass {
    /** Organizers who are not on this case's response team (seed 003: not even other organizers without consent). */
    CO_ORGANIZERS(false),
    /** The global organization that oversees local groups (seed 003, "Informing PyLadies Global"). */
    GLOBAL_ORGANIZATION(false),
    /** The venue's security staff. */
    VENUE_SECURITY(true),
    /** The police and other law enforcement (seed 003, "Law Enforcement"). */
    LAW_ENFORCEMENT(true),
    /** Ambulance and other emergency services. */
    EMERGENCY_SERVICES(true),
    /** The accused person. */
    ACCUSED(false),
    /** The accused's employer (seed 003, "Employer reports"; seed 004, "Employer"). */
    ACCUSED_EMPLOYER(false),
    /** A professional body governing the accused's conduct (seed 004, "Professional Body"). */
    PROFESSIONAL_BODY(false),
    /** The accused's educational institution (seed 004, "Educational Institution"). */
    EDUCATIONAL_INSTITUTION(false),
    /** The accused's internet service provider (seed 004, "Internet Service Provider"). */
    INTERNET_PROVIDER(false),
    /** The community, through anonymized announcements and statements (seed 003, "Communicating with your community"). */
    COMMUNITY(false);

    private final boolean safetyService;

    RecipientClass(boolean safetyService) {
        this.safetyService = safetyService;
    }

    /**
     * Tells whether the class is a safety service: the only recipients that may get what a present threat to
     * physical safety requires without consent (invariant I1).
     *
     * @return true for venue security, law enforcement and emergency services
     */
    public boolean isSafetyService() {
        return safetyService;
    }
}
