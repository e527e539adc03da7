package org.cocworkflow.core.party;

/**
 * A declared relationship that gives a conflict of interest (seed 003, "Meeting": people with a conflict of
 * interest exclude themselves or are excluded). The list follows mature procedures' recusal lists; members need
 * not say more than the kind.
 */
public enum RelationshipKind {
    /** One manages the other at work. */
    MANAGER,
    /** Romantic partner, current or former. */
    PARTNER,
    /** Family member. */
    FAMILY,
    /** Close friend. */
    CLOSE_FRIEND,
    /** Close co-worker. */
    CLOSE_COWORKER,
    /** Direct client or business partner. */
    BUSINESS_RELATIONSHIP,
    /** One reviews or approves the other's work (e.g. a maintainer). */
    REVIEWS_WORK,
    /** A past dispute or grievance between the two. */
    PRIOR_CONFLICT,
    /** Any other relationship the person declares as a conflict. */
    OTHER
}
