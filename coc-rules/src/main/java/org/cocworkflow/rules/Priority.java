package org.cocworkflow.rules;

/** How soon a suggestion should be acted on. */
public enum Priority {
    /** Now: safety, or a deadline about to pass. */
    URGENT,
    /** Today, as part of responding. */
    HIGH,
    /** In the normal course of the case. */
    NORMAL,
    /** When there is time: records, communication after the fact. */
    LOW
}
