package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.consent.RecipientClass;

/**
 * I4: once the team recorded that everyone is presently safe, law enforcement or security is involved only at the
 * victim's request; before that (violence committed, a threat to one person or to attendees at large, or safety not
 * yet assessed) anyone's safety is in doubt and the team may summon them (seed 003, "Threats to Physical
 * Wellbeing": "if ... the safety of anyone including conference staff is in doubt, summon security or police";
 * "Law Enforcement": "if everyone is presently physically safe, involve law enforcement or security only at a
 * victim's request").
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
        if (involves && !s.state().lawEnforcementRequestedByVictim() && s.state().assessedEveryoneSafe()) {
            findings.refuse(GUARD, "the team recorded that everyone is presently safe: involve the police or security "
                    + "only when the victim asks for it, or record a new safety assessment if someone is in danger; "
                    + "offer the list of emergency resources and help with reporting instead "
                    + "(offer_help_with_law_enforcement)");
        }
    }
}
