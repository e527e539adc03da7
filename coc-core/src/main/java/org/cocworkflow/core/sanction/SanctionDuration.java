package org.cocworkflow.core.sanction;

/** How long a sanction lasts. */
public enum SanctionDuration {
    /** A single act: a warning, ending a talk, a refund. */
    ONE_OFF,
    /** Until the event ends. */
    REST_OF_EVENT,
    /** Until a date the organizers choose, or indefinitely (seed 003: "either indefinitely or for a certain time
     * period"). */
    FIXED_OR_INDEFINITE,
    /** With no end date: a removed membership, a recording never published. */
    LASTING
}
