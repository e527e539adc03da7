package org.cocworkflow.core.sanction;

/** Where a sanction can be carried out: event actions need an in-person event, online actions an online space. */
public enum SpaceRequirement {
    /** Needs an in-person space. */
    IN_PERSON,
    /** Needs an online space. */
    ONLINE,
    /** Fits any space. */
    ANY
}
