package org.cocworkflow.core.action;

/** How an attempt to reach the accused ended (seed 003, "Communicate with the alleged harasser about the complaint"). */
public enum ContactOutcome {
    /** They were reached, or the notice was delivered, and they did not answer. */
    NO_ANSWER,
    /** They could not be reached: no working contact, not at the event, messages returned. */
    UNREACHABLE
}
