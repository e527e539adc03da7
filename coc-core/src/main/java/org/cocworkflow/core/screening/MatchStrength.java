package org.cocworkflow.core.screening;

/** How a registration matched a ban. */
public enum MatchStrength {
    /** An e-mail address or handle key matched: the same person. */
    IDENTIFIER,
    /** Only a name key matched: possibly the same person, for someone to review. */
    NAME_ONLY
}
