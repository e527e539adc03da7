package org.cocworkflow.core.response;

/** How an appeal of a decision ended. The decision stood while the appeal was pending (seed 003). */
public enum AppealOutcome {
    /** The decision stands as it was. */
    UPHELD,
    /** The decision stands with other sanctions. */
    MODIFIED,
    /** The decision is set aside. */
    OVERTURNED
}
