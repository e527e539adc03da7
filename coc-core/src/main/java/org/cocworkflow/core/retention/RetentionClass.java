package org.cocworkflow.core.retention;

/**
 * How long a case's records are kept, by its outcome (seed 003, "Data retention": different types of records may
 * need to be kept for different times; a lifetime ban needs its records for the lifetime of the organization).
 * The durations come from the policy edition's settings.
 */
public enum RetentionClass {
    /** The team found no violation, or could not conclude. */
    NO_VIOLATION_FOUND,
    /** A violation with a light response: a correction or a warning. */
    MINOR,
    /** A violation with sanctions beyond a warning. */
    SANCTIONED,
    /** A ban: the minimum a ban needs is kept for as long as the ban lasts. */
    BANNED,
    /** A legal hold: nothing is purged while it lasts, whatever the outcome. */
    LEGAL_HOLD
}
