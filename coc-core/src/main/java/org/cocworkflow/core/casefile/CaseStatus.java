package org.cocworkflow.core.casefile;

/** Where a case stands, derived from its events. */
public enum CaseStatus {
    /** Received; no decision yet. */
    OPEN,
    /** A decision is recorded (it may still have to be communicated). */
    DECIDED,
    /** The accused appealed; the decision stands meanwhile (seed 003). */
    UNDER_APPEAL,
    /** Closed; nothing more is appended. */
    CLOSED
}
