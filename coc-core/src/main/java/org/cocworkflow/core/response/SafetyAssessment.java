package org.cocworkflow.core.response;

/**
 * Whether anyone's physical safety is presently at stake (seed 003, "Threats to Physical Wellbeing" and "Law
 * Enforcement"). Until the team records {@link #NO_PRESENT_THREAT}, safety is in doubt and security or police may be
 * summoned without the victim's request; once it has, law enforcement is involved only at the victim's request
 * (invariant I4).
 */
public enum SafetyAssessment {
    /** Everyone is presently physically safe. */
    NO_PRESENT_THREAT,
    /** Someone's physical wellbeing is threatened, but there is no general threat to attendees. */
    THREAT_TO_INDIVIDUAL,
    /** There is a general threat to attendees, or anyone's safety, staff included, is in doubt. */
    GENERAL_THREAT;

    /**
     * Tells whether a threat to physical safety is present, which lets safety services get what the threat
     * requires without consent (invariant I1).
     *
     * @return true unless nobody is presently under threat
     */
    public boolean isPresentThreat() {
        return this != NO_PRESENT_THREAT;
    }
}
