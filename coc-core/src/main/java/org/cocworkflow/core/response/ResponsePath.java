package org.cocworkflow.core.response;

/** The three levels of response of seed 003, "Responding to a Complaint". */
public enum ResponsePath {
    /** Someone committed or threatens violence, or there are other safety issues ("Threats to Physical Wellbeing"). */
    THREAT_TO_PHYSICAL_WELLBEING,
    /** Harassing content in a talk, or harassment in a crowded space ("Reports of Harassment that were Widely
     * Witnessed"): the team convenes without asking the victim first. */
    WIDELY_WITNESSED,
    /** More private harassment: the victim decides whether any further action is taken ("Reports of more private
     * harassment"). */
    PRIVATE
}
