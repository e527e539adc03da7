package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.response.SafetyAssessment;

/**
 * I4: if everyone is presently safe, law enforcement or security is involved only at the victim's request; with a
 * general threat to attendees or anyone's safety in doubt, summon them (seed 003, "Threats to Physical
 * Wellbeing", "Law Enforcement").
 */
final class LawEnforcementGuard implements GuardCheck {
    private static final Guard GUARD = Guard.LAW_ENFORCEMENT;

    @Override
    public void check(Situation s, Findings findings) {
        boolean involves = switch (s.kind()) {
            case INVOLVE_AUTHORITY -> ((Action.InvolveAuthority) s.action()).authority()
                    != Authority.EMERGENCY_SERVICES;
            case DISCLOSE -> {
                RecipientClass recipient = ((Action.Disclose) s.action()).recipient();
                yield recipient == RecipientClass.LAW_ENFORCEMENT || recipient == RecipientClass.VENUE_SECURITY;
            }
            default -> false;
        };
        if (involves && !s.state().lawEnforcementRequestedByVictim()
                && s.state().safety() != SafetyAssessment.GENERAL_THREAT) {
            findings.refuse(GUARD, "involve the police or security only when the victim asks for it or there is a "
                    + "general threat to safety; offer the list of emergency resources and help with reporting "
                    + "instead (offer_help_with_law_enforcement)");
        }
    }
}
