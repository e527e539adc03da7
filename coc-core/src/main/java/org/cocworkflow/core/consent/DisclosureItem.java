package org.cocworkflow.core.consent;

/** What a disclosure can carry beyond the bare fact that a case exists. */
public enum DisclosureItem {
    /** What happened, beyond its general nature. Needs the consent of every consent holder of the case. */
    INCIDENT_DETAILS,
    /** Who the victim is. Needs that target's own consent. */
    VICTIM_IDENTITY,
    /** Who reported. Needs the reporter's own consent. */
    REPORTER_IDENTITY
}
