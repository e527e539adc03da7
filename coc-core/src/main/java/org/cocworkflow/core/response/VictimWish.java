package org.cocworkflow.core.response;

/**
 * What the victim said about further action on private harassment (seed 003, "Reports of more private
 * harassment": pause and see if they do not want this; otherwise go ahead). The wish can change over time (seed
 * 000); the latest one recorded counts.
 */
public enum VictimWish {
    /** The victim is fine with the team convening and responding. */
    PROCEED,
    /** The victim does not want further action taken. */
    NO_FURTHER_ACTION
}
