package org.cocworkflow.core.guard;

/** One guard's check of one situation: it adds refusals and flags to the findings. */
interface GuardCheck {
    /**
     * Checks a situation.
     *
     * @param situation the action, who proposes it, and the case
     * @param findings where refusals and flags go
     */
    void check(Situation situation, Findings findings);
}
